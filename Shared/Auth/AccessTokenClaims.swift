public import Foundation
public import JWTKit

/// The claims of an access token: `sub, tenant, role, iat, exp, nbf, iss, aud, jti`.
///
/// Every claim is required: a token without `exp` (or any other) does not decode, and is refused.
/// Time claims are checked here with `leeway` for clock skew; `iss` and `aud` by ``AccessTokenVerifier``.
public struct AccessTokenClaims: JWTPayload, Equatable {
    public var sub: SubjectClaim
    public var tenant: String
    public var role: Role
    public var iat: IssuedAtClaim
    public var exp: ExpirationClaim
    public var nbf: NotBeforeClaim
    public var iss: IssuerClaim
    public var aud: AudienceClaim
    public var jti: IDClaim

    /// Clock skew tolerated on `exp`, `nbf` and `iat`.
    public static let leeway: TimeInterval = 30

    public init(
        userId: String, tenantId: String, role: Role, issuedAt: Date, expiresAt: Date,
        issuer: String, audience: String, tokenId: String = UUID().uuidString.lowercased()
    ) {
        self.sub = SubjectClaim(value: userId)
        self.tenant = tenantId
        self.role = role
        // JWT times are whole seconds.
        let issued = Date(timeIntervalSince1970: issuedAt.timeIntervalSince1970.rounded(.down))
        self.iat = IssuedAtClaim(value: issued)
        self.nbf = NotBeforeClaim(value: issued)
        self.exp = ExpirationClaim(value: Date(timeIntervalSince1970: expiresAt.timeIntervalSince1970.rounded(.down)))
        self.iss = IssuerClaim(value: issuer)
        self.aud = AudienceClaim(value: [audience])
        self.jti = IDClaim(value: tokenId)
    }

    public func verify(using algorithm: some JWTAlgorithm) async throws {
        let now = Date()
        try exp.verifyNotExpired(currentDate: now.addingTimeInterval(-Self.leeway))
        try nbf.verifyNotBefore(currentDate: now.addingTimeInterval(Self.leeway))
        guard iat.value <= now.addingTimeInterval(Self.leeway) else {
            throw JWTError.claimVerificationFailure(failedClaim: iat, reason: "issued in the future")
        }
        guard exp.value > iat.value else {
            throw JWTError.claimVerificationFailure(failedClaim: exp, reason: "expires before it was issued")
        }
    }
}
