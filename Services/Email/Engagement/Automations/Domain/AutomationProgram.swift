/// An automation's steps flattened into numbered nodes, each knowing where to go next: an enrolment's position is
/// one node number, stored in its row. The numbering is a pure function of the (immutable) steps, so it is the same
/// in every process and after every restart, and a node is visited at most once per enrolment (there are no loops):
/// `(enrolment, node)` is a stable idempotency key for the node's send.
struct AutomationProgram: Sendable, Equatable {
    enum Node: Sendable, Equatable {
        case wait(seconds: Int, next: Int?)
        case send(templateId: String, next: Int?)
        /// `then`/`else` are the first nodes of each side (or the node after the branch when a side is empty).
        case branch(condition: AutomationCondition, then: Int?, else: Int?)
    }

    private(set) var nodes: [Node] = []
    /// The first node; nil for an automation without steps.
    private(set) var entry: Int?

    init(steps: [AutomationStep]) {
        entry = compile(steps, continuation: nil)
    }

    subscript(index: Int) -> Node? { nodes.indices.contains(index) ? nodes[index] : nil }

    /// Compiles `steps` so that the last one continues with `continuation`; returns the first node.
    private mutating func compile(_ steps: [AutomationStep], continuation: Int?) -> Int? {
        var next = continuation
        for step in steps.reversed() {
            let node: Node
            switch step {
            case .wait(let seconds): node = .wait(seconds: seconds, next: next)
            case .sendTemplate(let templateId): node = .send(templateId: templateId, next: next)
            case .branch(let condition, let then, let otherwise):
                let thenEntry = compile(then, continuation: next)
                let elseEntry = compile(otherwise, continuation: next)
                node = .branch(condition: condition, then: thenEntry, else: elseEntry)
            }
            nodes.append(node)
            next = nodes.count - 1
        }
        return next
    }
}
