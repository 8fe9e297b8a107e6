import Auth
import CommerceModels
import Foundation
import Hummingbird
import Logging
import ServiceRuntime

/// `/api/email/automations` (staff: admin, agent; customers get 403):
/// - `POST` `{name, trigger, steps}` → 201 the automation, active;
/// - `GET` (`?status=active|paused`, `limit`, `cursor`), `GET /{id}` (with enrolment counts);
/// - `POST /{id}/pause`, `POST /{id}/resume` (409 when already so). A paused automation enrols no one and runs no
///   step; its enrolments resume where they were.
/// Another tenant's automation is 404.
struct AutomationController: Sendable {
    let store: any AutomationStore
    let clock: any EngagementClock

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.post("automations", use: create)
        group.get("automations", use: list)
        group.get("automations/{id}", use: get)
        group.post("automations/{id}/pause", use: pause)
        group.post("automations/{id}/resume", use: resume)
    }

    @Sendable func create(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<Automation> {
        let identity = try context.requireIdentity(Role.staff)
        let body = try await request.decodeJSON(as: AutomationDefinitionBody.self, context: context)
        let definition = try AutomationDefinitionParser.parse(body)
        let missing = try await store.missingTemplates(AutomationStep.templateIds(in: definition.steps), tenantId: identity.tenantId)
        if let first = missing.first {
            throw APIError.unprocessable("template \(first.prefix(100)) does not exist")
        }
        let now = clock.now()
        let automation = Automation(
            id: UUID().uuidString.lowercased(), name: definition.name, trigger: definition.trigger, steps: definition.steps,
            status: .active, createdAt: now, updatedAt: now, enrolments: nil)
        try await store.create(automation, tenantId: identity.tenantId)
        context.logger.info("automation created", metadata: ["automation": "\(automation.id)", "trigger": "\(automation.trigger.type)"])
        return EditedResponse(status: .created, response: automation)
    }

    @Sendable func list(_ request: Request, context: AuthenticatedContext) async throws -> Page<Automation> {
        let identity = try context.requireIdentity(Role.staff)
        let page = try SendingValidation.page(request)
        var status: Automation.Status?
        if let raw = request.uri.queryParameters["status"] {
            guard let parsed = Automation.Status(rawValue: String(raw)) else {
                throw APIError.validation("status must be active or paused")
            }
            status = parsed
        }
        return try await store.list(tenantId: identity.tenantId, page: page, status: status)
    }

    @Sendable func get(_ request: Request, context: AuthenticatedContext) async throws -> Automation {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "automation")
        guard let automation = try await store.get(id: id, tenantId: identity.tenantId) else {
            throw APIError.notFound("no automation \(id)")
        }
        return automation
    }

    @Sendable func pause(_ request: Request, context: AuthenticatedContext) async throws -> Automation {
        try await transition(context, from: .active, to: .paused)
    }

    @Sendable func resume(_ request: Request, context: AuthenticatedContext) async throws -> Automation {
        try await transition(context, from: .paused, to: .active)
    }

    private func transition(_ context: AuthenticatedContext, from: Automation.Status, to: Automation.Status) async throws -> Automation {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "automation")
        guard let automation = try await store.transition(id: id, tenantId: identity.tenantId, from: from, to: to, now: clock.now())
        else { throw APIError.notFound("no automation \(id)") }
        context.logger.info("automation \(to.rawValue)", metadata: ["automation": "\(id)"])
        return automation
    }
}
