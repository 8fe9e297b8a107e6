import Foundation

/// Read-only memory holding trained parameters: a model file mapped into memory, or bytes on the heap (a model
/// trained in this process). The views of ``ModelImageReader`` and ``FeatureTable`` point into it and keep it alive.
///
/// A mapped file costs a process only the pages it reads, and the processes that map the same file share them; an
/// idle daemon has none of the engine's parameters resident.
final class ModelMemory: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    private let mapped: Bool

    /// A copy of `data` on the heap.
    init(copying data: [UInt8]) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 16)
        data.withUnsafeBytes { buffer.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<data.count])
        mapped = false
    }

    /// The file at `path`, mapped read-only (private: nothing written through it).
    init(mapping path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ModelImageError.unreadable(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ModelImageError.unreadable(path, errno) }
        let size = Int(info.st_size)
        guard size > 0 else { throw ModelImageError.malformed("\(path) is empty") }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw ModelImageError.unreadable(path, errno)
        }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
        mapped = true
    }

    /// Drops this process's mappings of the file's pages (they stay in the page cache): reading the layout of a
    /// freshly written model maps all of it, because the page cache holds a small file in large folios and a fault
    /// maps the whole folio. The pages come back, from the cache, when a message reads them.
    func releaseResidentPages() {
        guard mapped, let base = bytes.baseAddress else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base), bytes.count, MADV_DONTNEED)
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        } else {
            bytes.baseAddress.map { UnsafeMutableRawPointer(mutating: $0).deallocate() }
        }
    }
}

enum ModelImageError: Error, CustomStringConvertible {
    case unreadable(String, Int32)
    case malformed(String)

    var description: String {
        switch self {
        case .unreadable(let path, let code): "cannot read the model \(path): \(String(cString: strerror(code)))"
        case .malformed(let reason): "malformed model: \(reason)"
        }
    }
}

/// Writes a model image: a header (magic, format version, the identity of the code that trained it), then
/// arrays, each as its element count (UInt64) and its elements, padded to 8 bytes so that every array is aligned
/// for its elements when the image is mapped at a page boundary.
struct ModelImageWriter {
    static let magic: UInt64 = 0x3130_4C44_4F4D_4143  // "CAMODL01" little-endian
    static let formatVersion: UInt64 = 1
    private(set) var bytes: [UInt8] = []

    init(identity: UInt64 = 0) {
        append(scalar: Self.magic)
        append(scalar: Self.formatVersion)
        append(scalar: identity)
    }

    mutating func append<T: BitwiseCopyable>(_ values: [T]) {
        append(scalar: UInt64(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        while bytes.count % 8 != 0 { bytes.append(0) }
    }

    mutating func append(scalar value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

/// Reads what ``ModelImageWriter`` wrote, in the same order, as views into the image's memory (nothing copied).
/// Every array is bounds-checked; a short or foreign file is an error, never a crash.
struct ModelImageReader {
    let memory: ModelMemory
    private var offset = 0
    /// The identity of the code that trained the model (see ``EngineModelStore``).
    private(set) var identity: UInt64 = 0

    init(_ memory: ModelMemory) throws {
        self.memory = memory
        guard try scalar() == ModelImageWriter.magic else { throw ModelImageError.malformed("not a model image") }
        let version = try scalar()
        guard version == ModelImageWriter.formatVersion else { throw ModelImageError.malformed("format version \(version)") }
        identity = try scalar()
    }

    mutating func scalar() throws -> UInt64 {
        guard offset + 8 <= memory.bytes.count else { throw ModelImageError.malformed("truncated at byte \(offset)") }
        defer { offset += 8 }
        return UInt64(littleEndian: memory.bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func array<T: BitwiseCopyable>(of type: T.Type, count expected: Int? = nil) throws -> UnsafeBufferPointer<T> {
        let declared = try scalar()
        guard declared <= UInt64((memory.bytes.count - offset) / MemoryLayout<T>.stride) else {
            throw ModelImageError.malformed("array of \(declared) \(T.self) past the end at byte \(offset)")
        }
        let count = Int(declared)
        if let expected, count != expected { throw ModelImageError.malformed("\(count) \(T.self) where \(expected) were expected") }
        let size = count * MemoryLayout<T>.stride
        guard let base = memory.bytes.baseAddress?.advanced(by: offset),
              Int(bitPattern: base) % MemoryLayout<T>.alignment == 0 else { throw ModelImageError.malformed("misaligned array") }
        offset += (size + 7) / 8 * 8
        return UnsafeBufferPointer(start: base.assumingMemoryBound(to: T.self), count: count)
    }
}

/// Hashed features to rows of `width` weights: the keys sorted, found by binary search, the rows in key order.
/// A table of width 0 is a set of hashes. It reads from a ``ModelMemory`` it keeps alive.
struct FeatureTable: @unchecked Sendable {
    let keys: UnsafeBufferPointer<UInt64>
    let rows: UnsafeBufferPointer<Float>
    let width: Int
    private let memory: ModelMemory

    /// Writes the features of `index` (hash → row number in `weights`) with their rows, sorted by hash.
    static func write(_ index: [UInt64: Int32], weights: [Double], width: Int, rowOffset: Int = 0, into writer: inout ModelImageWriter) {
        let sorted = index.sorted { $0.key < $1.key }
        var rows: [Float] = []
        rows.reserveCapacity(sorted.count * width)
        for (_, row) in sorted {
            let base = (rowOffset + Int(row)) * width
            for c in 0..<width { rows.append(Float(weights[base + c])) }
        }
        writer.append(scalar: UInt64(width))
        writer.append(sorted.map(\.key))
        writer.append(rows)
    }

    /// Writes a set of hashes (a table of width 0).
    static func write(set hashes: some Sequence<UInt64>, into writer: inout ModelImageWriter) {
        write(Dictionary(hashes.map { ($0, Int32(0)) }, uniquingKeysWith: { first, _ in first }), weights: [], width: 0, into: &writer)
    }

    /// A set of hashes on the heap (training uses it before the image exists).
    init(set hashes: some Sequence<UInt64>) {
        var writer = ModelImageWriter()
        Self.write(set: hashes, into: &writer)
        var reader = try! ModelImageReader(ModelMemory(copying: writer.bytes))
        self = try! FeatureTable(reading: &reader)
    }

    init(reading reader: inout ModelImageReader) throws {
        let width = try reader.scalar()
        guard width <= 64 else { throw ModelImageError.malformed("row width \(width)") }
        self.width = Int(width)
        keys = try reader.array(of: UInt64.self)
        rows = try reader.array(of: Float.self, count: keys.count * self.width)
        memory = reader.memory
    }

    var count: Int { keys.count }

    /// The row number of `key`, if the table has it.
    @inline(__always)
    func index(of key: UInt64) -> Int? {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low &+ high) >> 1
            let probe = keys[middle]
            if probe == key { return middle }
            if probe < key { low = middle &+ 1 } else { high = middle }
        }
        return nil
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { index(of: key) != nil }
}
