import Foundation
@testable import LLM
import Testing

/// The engine's trained model as a file: written by one process, mapped by others, and read back exactly.
struct EngineModelTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "engine-model-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func mappedModelAnswersAsTheEngineTrainedInProcess() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/engine.model"
        try EngineModelStore.writeModel(to: path)
        let identity = EngineModelStore.buildIdentity.map(EngineModelStore.identityWord) ?? 0
        let mapped = try EmbeddedEngine(modelAt: path, identity: identity)
        let trained = EmbeddedEngine.shared
        let messages = EmbeddedEngineEvaluation.heldOutJ.map(\.text) + EmbeddedEngineEvaluation.heldOutI.map(\.text)
        #expect(messages.count > 400)
        for message in messages {
            let a = mapped.analyse(message), b = trained.analyse(message)
            #expect(a.language.language == b.language.language, "\(message)")
            #expect(a.intent.intent == b.intent.intent, "\(message)")
            #expect(abs(a.intent.confidence - b.intent.confidence) < 1e-4, "\(message)")
            #expect(a.sentiment.label == b.sentiment.label, "\(message)")
        }
        #expect(mapped.analyse("Où est mon colis ? Commande 48213, toujours rien reçu.").intent.intent == .orderIssue)
    }

    @Test func anotherBuildsModelIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/engine.model"
        try Data(EmbeddedEngine.trainModel(identity: 42)).write(to: URL(fileURLWithPath: path))
        #expect(throws: ModelImageError.self) { try EmbeddedEngine(modelAt: path, identity: 43) }
        _ = try EmbeddedEngine(modelAt: path, identity: 42)
    }

    @Test func damagedModelsAreErrorsNotCrashes() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let image = EmbeddedEngine.trainModel(identity: 7)
        let path = directory + "/engine.model"
        // Cut anywhere (in the header, in an array's count, in its elements), the model is refused.
        for length in [0, 5, 24, 31, 40, image.count / 3, image.count / 2 + 3, image.count - 1] {
            try Data(image.prefix(length)).write(to: URL(fileURLWithPath: path))
            #expect(throws: ModelImageError.self, "cut at \(length)") { try EmbeddedEngine(modelAt: path, identity: 7) }
        }
        var foreign = image
        foreign[0] ^= 0xFF
        try Data(foreign).write(to: URL(fileURLWithPath: path))
        #expect(throws: ModelImageError.self) { try EmbeddedEngine(modelAt: path, identity: 7) }
        // An element count beyond the file.
        var oversized = image
        withUnsafeBytes(of: UInt64.max / 2) { oversized.replaceSubrange(32..<40, with: $0) }
        try Data(oversized).write(to: URL(fileURLWithPath: path))
        #expect(throws: ModelImageError.self) { try EmbeddedEngine(modelAt: path, identity: 7) }
        #expect(throws: ModelImageError.self) { try EmbeddedEngine(modelAt: directory + "/missing.model", identity: 7) }
    }

    @Test func featureTableFindsEveryKeyAndNoOther() throws {
        var index: [UInt64: Int32] = [:]
        var weights: [Double] = []
        var generator = SplitMix64(seed: 9)
        for row in 0..<5000 {
            index[generator.next()] = Int32(row)
            weights += [Double(row), -Double(row)]
        }
        var writer = ModelImageWriter()
        FeatureTable.write(index, weights: weights, width: 2, into: &writer)
        var reader = try ModelImageReader(ModelMemory(copying: writer.bytes))
        let table = try FeatureTable(reading: &reader)
        #expect(table.count == 5000)
        for (key, row) in index {
            let found = try #require(table.index(of: key))
            #expect(table.rows[2 * found] == Float(row) && table.rows[2 * found + 1] == -Float(row))
        }
        for _ in 0..<1000 {
            let key = generator.next()
            #expect(table.contains(key) == (index[key] != nil))
        }
        #expect(!FeatureTable(set: []).contains(0))
    }
}
