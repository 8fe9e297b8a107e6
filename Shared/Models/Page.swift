/// A page of a list response: `{"items": [...], "nextCursor": "…"|null}`.
public struct Page<Item: Codable & Sendable>: Codable, Sendable {
    public var items: [Item]
    public var nextCursor: String?

    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        // `nextCursor` is always present, `null` on the last page.
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}

/// `?limit=` and `?cursor=` of a list request: default 50, at most 200.
public struct PageRequest: Sendable, Equatable {
    public static let defaultLimit = 50
    public static let maximumLimit = 200

    public var limit: Int
    public var cursor: String?

    /// Validates the raw query values; throws `APIError.validation` naming the field.
    public init(limit: String?, cursor: String?) throws {
        if let limit {
            guard let value = Int(limit), (1...Self.maximumLimit).contains(value) else {
                throw APIError.validation("limit must be an integer between 1 and \(Self.maximumLimit)")
            }
            self.limit = value
        } else {
            self.limit = Self.defaultLimit
        }
        if let cursor, cursor.isEmpty || cursor.count > 512 {
            throw APIError.validation("cursor is malformed")
        }
        self.cursor = cursor
    }
}
