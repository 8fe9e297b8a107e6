import LLM
import Synchronization

/// An `LLMClient` made on its first request instead of at start. `LLMService` trains the embedded language engine
/// when it is made (a few MiB of heap, the engine's code and tables brought in), and email-agent only needs it to
/// draft a template: an idle agent never does, so it should not pay for it (README.md, "Memory").
final class DeferredLLMClient: LLMClient {
    private let make: @Sendable () -> any LLMClient
    private let client = Mutex<(any LLMClient)?>(nil)

    init(_ make: @escaping @Sendable () -> any LLMClient) { self.make = make }

    /// The client, made by the first caller (others wait for it: making it is a one-off of tens of milliseconds).
    private var resolved: any LLMClient {
        client.withLock { client in
            if let client { return client }
            let made = make()
            client = made
            return made
        }
    }

    func complete(_ request: LLMRequest, context: LLMRequestContext) async throws -> LLMResponse {
        try await resolved.complete(request, context: context)
    }

    func streamEvents(_ request: LLMRequest, context: LLMRequestContext) -> AsyncThrowingStream<LLMStreamEvent, any Error> {
        resolved.streamEvents(request, context: context)
    }
}
