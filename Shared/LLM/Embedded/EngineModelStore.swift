import Foundation
import Logging
import Synchronization

/// Where a daemon keeps the embedded engine's trained model: one file per build of the code
/// (`<directory>/engine-<build id>.model`), trained by a child process and then mapped into memory.
///
/// Training the engine allocates and touches far more than the model it leaves (the corpus, token lists, per-epoch
/// buffers, the training code itself): done in the daemon, that high-water mark would stay resident for the
/// process's life. Done by `<trainer> engine-model <path>` (the daemon's own executable), it is gone when the child
/// exits, and the daemon maps the file read-only: an idle daemon has none of the model resident, a busy one only the
/// pages its messages read, and every daemon of the host that maps the file shares them. The file name carries the
/// executable's GNU build id, so a new build trains a new model and never reads one trained by other code; a file
/// of another build in the directory is deleted. Without a build id, or when the child fails, the engine trains in
/// the process as before (and says so in the log).
public struct EngineModelStore: Sendable {
    /// The directory of the model file (created when missing).
    public var directory: String
    /// The executable that trains the model when run as `<trainer> engine-model <path>`; nil trains in the process.
    public var trainer: String?

    public init(directory: String, trainer: String?) {
        self.directory = directory
        self.trainer = trainer
    }

    private static let configuration = Mutex<EngineModelStore?>(nil)

    /// The store ``EmbeddedEngine/shared`` loads from; set by a daemon before its first use of the engine.
    public static var configured: EngineModelStore? {
        get { configuration.withLock { $0 } }
        set { configuration.withLock { $0 = newValue } }
    }

    /// The model file of this build, or nil without a build id.
    public var path: String? {
        Self.buildIdentity.map { identity in
            let word = String(Self.identityWord(identity), radix: 16)
            return "\(directory)/engine-\(String(repeating: "0", count: 16 - word.count))\(word).model"
        }
    }

    /// The engine from this build's model file, training it first (in a child process) when it is missing;
    /// nil when that fails, with the reason logged.
    func load(logger: Logger) -> EmbeddedEngine? {
        guard let identity = Self.buildIdentity.map(Self.identityWord), let path else {
            logger.notice("no build id in the executable: the language engine trains in this process")
            return nil
        }
        if let engine = try? EmbeddedEngine(modelAt: path, identity: identity) { return engine }
        guard let trainer else { return nil }
        let start = ContinuousClock.now
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Self.run(trainer, arguments: ["engine-model", path])
            let engine = try EmbeddedEngine(modelAt: path, identity: identity)
            logger.info("language engine trained", metadata: ["model": "\(path)", "duration": "\(ContinuousClock.now - start)"])
            removeOtherModels(keeping: path, logger: logger)
            return engine
        } catch {
            logger.warning("the language engine's model could not be trained apart: training in this process",
                           metadata: ["model": "\(path)", "error": "\(error)"])
            return nil
        }
    }

    /// Trains the engine on the shipped corpus and writes its model to `path` (through a temporary file renamed
    /// into place, so that a reader never sees half a model). What `<trainer> engine-model <path>` does.
    public static func writeModel(to path: String) throws {
        let image = EmbeddedEngine.trainModel(identity: buildIdentity.map(identityWord) ?? 0)
        let temporary = "\(path).\(getpid()).tmp"
        try Data(image).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw ModelImageError.unreadable(path, code)
        }
    }

    private func removeOtherModels(keeping path: String, logger: Logger) {
        let kept = URL(fileURLWithPath: path).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix("engine-") && name.hasSuffix(".model") && name != kept {
            if unlink("\(directory)/\(name)") == 0 { logger.info("removed the model of another build", metadata: ["model": "\(name)"]) }
        }
    }

    /// Runs `program` with `arguments` (standard output and error inherited) and waits for it. Its name is
    /// `commerceai` (`program` is typically `/proc/self/exe`).
    private static func run(_ program: String, arguments: [String]) throws {
        let argv = (["commerceai"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, nil, nil, argv, environ)
        guard spawned == 0 else { throw ModelImageError.unreadable(program, spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw ModelImageError.unreadable(program, errno) }
        }
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw ModelImageError.malformed("\(program) \(arguments.joined(separator: " ")) ended with status \(status)")
        }
    }

    /// The GNU build id of the running executable (its `.note.gnu.build-id`), read from `/proc/self/exe`.
    static let buildIdentity: [UInt8]? = {
        guard let file = FileHandle(forReadingAtPath: "/proc/self/exe") else { return nil }
        defer { try? file.close() }
        func read(_ offset: UInt64, _ count: Int) -> [UInt8]? {
            guard (try? file.seek(toOffset: offset)) != nil, let data = try? file.read(upToCount: count), data.count == count else { return nil }
            return [UInt8](data)
        }
        func integer(_ bytes: [UInt8], _ at: Int, _ size: Int) -> UInt64 {
            (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * $1) }
        }
        // ELF64, little-endian: the program headers, then each PT_NOTE segment's notes.
        guard let header = read(0, 64), header[0..<4] == [0x7F, 0x45, 0x4C, 0x46], header[4] == 2, header[5] == 1 else { return nil }
        let programHeaders = integer(header, 32, 8), entrySize = Int(integer(header, 54, 2)), entries = Int(integer(header, 56, 2))
        guard entrySize >= 56, entries < 256 else { return nil }
        for entry in 0..<entries {
            guard let program = read(programHeaders + UInt64(entry * entrySize), 56), integer(program, 0, 4) == 4 else { continue }
            let size = Int(integer(program, 32, 8))
            guard size <= 1 << 16, let notes = read(integer(program, 8, 8), size) else { continue }
            var at = 0
            while at + 12 <= notes.count {
                let nameSize = Int(integer(notes, at, 4)), descriptionSize = Int(integer(notes, at + 4, 4))
                let type = integer(notes, at + 8, 4)
                let name = at + 12, description = name + (nameSize + 3) / 4 * 4
                guard description + descriptionSize <= notes.count else { break }
                if type == 3, nameSize == 4, notes[name..<(name + 4)] == [0x47, 0x4E, 0x55, 0], descriptionSize > 0 {
                    return Array(notes[description..<(description + descriptionSize)])
                }
                at = description + (descriptionSize + 3) / 4 * 4
            }
        }
        return nil
    }()

    /// The build id folded to the 64 bits a model image records and its file name carries.
    static func identityWord(_ identity: [UInt8]) -> UInt64 {
        identity.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
