import Foundation
import CommerceModels
public import Hummingbird
import NIOCore

extension Request {
    /// Decodes a JSON body, or throws the API error a client should see:
    /// 415 for another content type, 413 past the context's body limit, 400 `validation_failed`
    /// naming the field for malformed JSON, a missing field or a wrong type.
    public func decodeJSON<T: Decodable>(as type: T.Type, context: some RequestContext) async throws -> T {
        if let contentType = headers[.contentType] {
            let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard mediaType == "application/json" else { throw APIError.unsupportedMediaType() }
        }
        var request = self
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: context.maxUploadSize)
        } catch is NIOTooManyBytesError {
            throw APIError.payloadTooLarge(limit: context.maxUploadSize)
        }
        guard buffer.readableBytes > 0 else { throw APIError.validation("request body must be a JSON object") }
        return try JSONBody.decode(type, from: Data(buffer: buffer))
    }
}

/// JSON decoding with the API's error messages, shared by HTTP bodies and queue messages.
public enum JSONBody {
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(type, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw APIError.validation("\(path(context.codingPath + [key])) is required")
        } catch let DecodingError.valueNotFound(_, context) {
            throw APIError.validation("\(path(context.codingPath)) must not be null")
        } catch let DecodingError.typeMismatch(expected, context) {
            throw APIError.validation("\(path(context.codingPath)) must be \(describe(expected))")
        } catch let DecodingError.dataCorrupted(context) {
            if context.codingPath.isEmpty {
                throw APIError.validation("request body is not valid JSON")
            }
            throw APIError.validation("\(path(context.codingPath)) is invalid: \(context.debugDescription)")
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        let joined = keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        return joined.isEmpty ? "body" : joined.replacingOccurrences(of: ".[", with: "[")
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is Int32.Type: "an integer"
        case is Double.Type, is Float.Type: "a number"
        case is Bool.Type: "a boolean"
        default: "of type \(type)"
        }
    }
}
