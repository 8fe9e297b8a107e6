import Auth
import CommerceModels
import Foundation
import Hummingbird

/// Input checks shared by the sending controllers: each throws `APIError.validation` naming the field.
enum SendingValidation {
    /// The `{id}` path parameter as a lowercased UUID; anything else is a 404 (it cannot exist).
    static func id(_ context: AuthenticatedContext, _ what: String, parameter: String = "id") throws -> String {
        let raw = try context.parameters.require(parameter)
        guard let uuid = UUID(uuidString: raw) else { throw APIError.notFound("no \(what) \(raw)") }
        return uuid.uuidString.lowercased()
    }

    /// A lowercased UUID from a body field, or 400.
    static func uuid(_ raw: String, field: String) throws -> String {
        guard let uuid = UUID(uuidString: raw) else { throw APIError.validation("\(field) must be a UUID") }
        return uuid.uuidString.lowercased()
    }

    /// Trimmed, non-empty, at most `max` characters.
    static func text(_ raw: String, field: String, max: Int) throws -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw APIError.validation("\(field) must not be empty") }
        guard text.count <= max else { throw APIError.validation("\(field) must be at most \(max) characters") }
        return text
    }

    /// Lowercased, trimmed, 1...50 characters, without duplicates, at most 50 of them.
    static func tags(_ raw: [String], field: String = "tags") throws -> [String] {
        guard raw.count <= 50 else { throw APIError.validation("\(field) must have at most 50 entries") }
        var seen = Set<String>()
        return try raw.compactMap { tag in
            let tag = tag.trimmingCharacters(in: .whitespaces).lowercased()
            guard (1...50).contains(tag.count), !tag.contains(where: { $0.isNewline }) else {
                throw APIError.validation("each of \(field) must be 1 to 50 characters")
            }
            return seen.insert(tag).inserted ? tag : nil
        }
    }

    /// An attribute or variable name: a letter, then letters, digits or `_`, at most 64.
    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.count <= 64,
              CharacterSet.letters.contains(first), first.isASCII else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_") }
    }

    /// Attribute maps: names as `isName`, values at most 1000 characters, at most 100 entries.
    static func attributes(_ raw: [String: String], field: String = "attributes") throws -> [String: String] {
        guard raw.count <= 100 else { throw APIError.validation("\(field) must have at most 100 entries") }
        for (key, value) in raw {
            guard isName(key) else {
                throw APIError.validation("\(field) key \(key.prefix(70)) must start with a letter and hold only letters, digits and _ (at most 64)")
            }
            guard !ContactFields.reserved.contains(key) else {
                throw APIError.validation("\(field) key \(key) is reserved (a contact field)")
            }
            guard value.count <= 1000 else { throw APIError.validation("\(field).\(key) must be at most 1000 characters") }
        }
        return raw
    }

    /// The list query: `limit` and `cursor`.
    static func page(_ request: Request) throws -> PageRequest {
        let query = request.uri.queryParameters
        return try PageRequest(limit: query["limit"].map(String.init), cursor: query["cursor"].map(String.init))
    }
}

/// Opaque list cursors: the last row's `seq`, base64url-encoded with a prefix per list.
enum SendingCursor {
    static func encode(_ seq: Int64, kind: String) -> String { Base64URL.encode(Array("\(kind):\(seq)".utf8)) }

    static func decode(_ cursor: String?, kind: String) throws -> Int64 {
        guard let cursor else { return 0 }
        guard let bytes = Base64URL.decode(cursor.utf8), let text = String(bytes: bytes, encoding: .utf8),
              text.hasPrefix("\(kind):"), let value = Int64(text.dropFirst(kind.count + 1)), value >= 0
        else { throw APIError.validation("cursor is malformed") }
        return value
    }
}

/// JSON columns (tags, attributes, declared variables, segment definitions).
enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?, default value: T) -> T {
        guard let text, let decoded = try? JSONDecoder().decode(type, from: Data(text.utf8)) else { return value }
        return decoded
    }
}
