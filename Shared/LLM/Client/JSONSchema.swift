import Foundation

// MARK: - JSON values

/// A parsed JSON value, used to validate model output before anything decodes it and to encode schemas.
public enum JSONValue: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value.rounded() == value, abs(value) < 1e15 { try container.encode(Int64(value)) } else { try container.encode(value) }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var numberValue: Double? { if case .number(let n) = self { return n } else { return nil } }
}

// MARK: - Schema

/// The subset of JSON Schema the agents need: types, object properties and `required`, `enum`, array `items`,
/// string lengths and number bounds, `additionalProperties: false`. It is sent to providers that support
/// structured output and always checked locally by ``validate(_:)``.
public struct JSONSchema: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case object, array, string, number, integer, boolean, null }

    public var kind: Kind
    public var description: String?
    public var properties: [String: JSONSchema]
    public var required: [String]
    public var additionalProperties: Bool
    private var itemsStorage: [JSONSchema]
    public var enumValues: [String]?
    public var minLength: Int?
    public var maxLength: Int?
    public var minimum: Double?
    public var maximum: Double?

    public var items: JSONSchema? { itemsStorage.first }

    public init(
        kind: Kind, description: String? = nil, properties: [String: JSONSchema] = [:], required: [String] = [],
        additionalProperties: Bool = true, items: JSONSchema? = nil, enumValues: [String]? = nil,
        minLength: Int? = nil, maxLength: Int? = nil, minimum: Double? = nil, maximum: Double? = nil
    ) {
        self.kind = kind
        self.description = description
        self.properties = properties
        self.required = required
        self.additionalProperties = additionalProperties
        self.itemsStorage = items.map { [$0] } ?? []
        self.enumValues = enumValues
        self.minLength = minLength
        self.maxLength = maxLength
        self.minimum = minimum
        self.maximum = maximum
    }

    public static func object(_ properties: [String: JSONSchema], required: [String]? = nil, additionalProperties: Bool = false) -> JSONSchema {
        JSONSchema(kind: .object, properties: properties, required: required ?? properties.keys.sorted(), additionalProperties: additionalProperties)
    }
    public static func string(enum values: [String]? = nil, minLength: Int? = nil, maxLength: Int? = nil) -> JSONSchema {
        JSONSchema(kind: .string, enumValues: values, minLength: minLength, maxLength: maxLength)
    }
    public static func number(minimum: Double? = nil, maximum: Double? = nil) -> JSONSchema {
        JSONSchema(kind: .number, minimum: minimum, maximum: maximum)
    }
    public static func integer(minimum: Double? = nil, maximum: Double? = nil) -> JSONSchema {
        JSONSchema(kind: .integer, minimum: minimum, maximum: maximum)
    }
    public static let boolean = JSONSchema(kind: .boolean)
    public static func array(of items: JSONSchema) -> JSONSchema { JSONSchema(kind: .array, items: items) }

    /// The schema as a JSON value (for `response_format` and prompts).
    public var jsonValue: JSONValue {
        var out: [String: JSONValue] = ["type": .string(kind.rawValue)]
        if let description { out["description"] = .string(description) }
        if kind == .object {
            out["properties"] = .object(properties.mapValues(\.jsonValue))
            out["required"] = .array(required.map(JSONValue.string))
            out["additionalProperties"] = .bool(additionalProperties)
        }
        if let items { out["items"] = items.jsonValue }
        if let enumValues { out["enum"] = .array(enumValues.map(JSONValue.string)) }
        if let minLength { out["minLength"] = .number(Double(minLength)) }
        if let maxLength { out["maxLength"] = .number(Double(maxLength)) }
        if let minimum { out["minimum"] = .number(minimum) }
        if let maximum { out["maximum"] = .number(maximum) }
        return .object(out)
    }

    /// The schema as compact JSON text.
    public var jsonText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(jsonValue), as: UTF8.self)) ?? "{}"
    }

    /// Every violation of the schema, with its JSON path; empty when the value conforms.
    public func validate(_ value: JSONValue, path: String = "$") -> [String] {
        var problems: [String] = []
        switch (kind, value) {
        case (.null, .null), (.boolean, .bool): break
        case (.number, .number(let n)), (.integer, .number(let n)):
            if kind == .integer, n.rounded() != n { problems.append("\(path): expected an integer") }
            if let minimum, n < minimum { problems.append("\(path): \(n) is below \(minimum)") }
            if let maximum, n > maximum { problems.append("\(path): \(n) is above \(maximum)") }
        case (.string, .string(let s)):
            if let enumValues, !enumValues.contains(s) { problems.append("\(path): \"\(s.prefix(40))\" is not one of \(enumValues)") }
            if let minLength, s.count < minLength { problems.append("\(path): shorter than \(minLength)") }
            if let maxLength, s.count > maxLength { problems.append("\(path): longer than \(maxLength)") }
        case (.array, .array(let elements)):
            if let items {
                for (index, element) in elements.enumerated() {
                    problems += items.validate(element, path: "\(path)[\(index)]")
                }
            }
        case (.object, .object(let object)):
            for key in required where object[key] == nil { problems.append("\(path): missing \"\(key)\"") }
            for (key, element) in object {
                if let property = properties[key] {
                    problems += property.validate(element, path: "\(path).\(key)")
                } else if !additionalProperties {
                    problems.append("\(path): unexpected \"\(key)\"")
                }
            }
        default:
            problems.append("\(path): expected \(kind.rawValue)")
        }
        return problems
    }
}

// MARK: - Structured output

/// Pulls the JSON out of a model's answer (tolerating code fences and prose around it) and validates it.
public enum StructuredOutput {
    /// The JSON text of `answer`, validated against `schema`, as UTF-8 data ready to decode.
    public static func validatedJSON(_ answer: String, schema: JSONSchema) throws -> Data {
        guard let json = extractJSON(from: answer) else {
            throw LLMError.invalidStructuredOutput("no JSON value in the answer")
        }
        let data = Data(json.utf8)
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw LLMError.invalidStructuredOutput("not valid JSON")
        }
        let problems = schema.validate(value)
        guard problems.isEmpty else {
            throw LLMError.invalidStructuredOutput(problems.prefix(5).joined(separator: "; "))
        }
        return data
    }

    /// The outermost JSON object or array in `text`, if any.
    public static func extractJSON(from text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard let start = scalars.firstIndex(where: { $0 == "{" || $0 == "[" }) else { return nil }
        let open = scalars[start]
        let close: Unicode.Scalar = open == "{" ? "}" : "]"
        var depth = 0
        var inString = false
        var escaped = false
        for index in start..<scalars.count {
            let c = scalars[index]
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            if c == "\"" { inString = true }
            else if c == open { depth += 1 }
            else if c == close {
                depth -= 1
                if depth == 0 {
                    var out = String.UnicodeScalarView()
                    out.append(contentsOf: scalars[start...index])
                    return String(out)
                }
            }
        }
        return nil
    }
}
