import Foundation

/// The OpenAPI 3.1 description of every route of API.md, served at `/openapi.json` and rendered at `/docs`.
/// Written in code next to the routes so that a new route and its documentation land in the same commit.
enum OpenAPIDocument {
    // MARK: - Schema helpers

    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }
    static let string: JSONValue = ["type": "string"]
    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let dateTime: JSONValue = ["type": "string", "format": "date-time"]
    static let integer: JSONValue = ["type": "integer"]
    static let number: JSONValue = ["type": "number"]
    static let boolean: JSONValue = ["type": "boolean"]
    static let anyObject: JSONValue = ["type": "object", "additionalProperties": true]

    static func string(_ description: String) -> JSONValue { ["type": "string", "description": .string(description)] }
    static func enumeration(_ values: [String]) -> JSONValue { ["type": "string", "enum": .array(values.map(JSONValue.string))] }
    static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }
    static func nullable(_ schema: JSONValue) -> JSONValue { ["oneOf": [schema, ["type": "null"]]] }
    static func integer(_ range: ClosedRange<Int>) -> JSONValue {
        ["type": "integer", "minimum": .number(Double(range.lowerBound)), "maximum": .number(Double(range.upperBound))]
    }

    static func object(_ properties: [(String, JSONValue)], required: [String] = []) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", "object"), ("properties", .object(properties))]
        if !required.isEmpty { pairs.append(("required", .array(required.map(JSONValue.string)))) }
        return .object(pairs)
    }

    static func page(_ item: JSONValue) -> JSONValue {
        object([("items", array(item)), ("nextCursor", nullable(string))], required: ["items", "nextCursor"])
    }

    // MARK: - Operations

    enum Access { case bearer, publicRoute, webhook }

    struct Operation {
        var method: String
        var path: String
        var tag: String
        var summary: String
        var access: Access = .bearer
        var roles: String? = nil
        var body: JSONValue? = nil
        var formBody = false
        var status = 200
        var response: JSONValue? = nil
        var responseType = "application/json"
        var query: [(String, JSONValue, String)] = []
    }

    static func op(
        _ method: String, _ path: String, _ tag: String, _ summary: String, access: Access = .bearer, roles: String? = nil,
        body: JSONValue? = nil, formBody: Bool = false, status: Int = 200, response: JSONValue? = nil,
        responseType: String = "application/json", query: [(String, JSONValue, String)] = []
    ) -> Operation {
        Operation(
            method: method, path: path, tag: tag, summary: summary, access: access, roles: roles, body: body,
            formBody: formBody, status: status, response: response, responseType: responseType, query: query)
    }

    static let paging: [(String, JSONValue, String)] = [
        ("limit", integer(1...200), "page size (default 50, max 200)"),
        ("cursor", string, "the `nextCursor` of the previous page"),
    ]
    static let asyncFlag: [(String, JSONValue, String)] = [("async", boolean, "queue the work and answer 202 with a job")]

    // MARK: - The routes of API.md

    static var operations: [Operation] {
        let user = ref("User")
        let job = ref("JobAccepted")
        return [
            // Identity (the gateway)
            op("post", "/api/auth/register", "Identity", "Register a tenant with its admin (`tenantName`) or a customer of a tenant (`tenantId`)",
               access: .publicRoute, body: ref("RegisterRequest"), status: 201, response: user),
            op("post", "/api/auth/login", "Identity", "Log in; slowed then locked after repeated failures (429 with Retry-After)",
               access: .publicRoute, body: ref("LoginRequest"), response: ref("Session")),
            op("post", "/api/auth/refresh", "Identity", "Exchange a refresh token for a new pair; a reused token revokes its whole family",
               access: .publicRoute, body: object([("refreshToken", string)], required: ["refreshToken"]), response: ref("Session")),
            op("post", "/api/auth/logout", "Identity", "Revoke the refresh token given (or all of the user's) and the access token used",
               body: object([("refreshToken", string)]), status: 204),
            op("get", "/api/auth/me", "Identity", "The caller", response: user),
            op("post", "/api/auth/api-keys", "Identity", "Create an API key; the key is shown once, in this response", roles: "admin",
               body: object([("name", string), ("role", enumeration(["admin", "agent"]))], required: ["name"]), status: 201,
               response: ref("CreatedAPIKey")),
            op("get", "/api/auth/api-keys", "Identity", "The tenant's API keys (never the keys themselves)", roles: "admin",
               response: page(ref("APIKey"))),
            op("delete", "/api/auth/api-keys/{id}", "Identity", "Revoke an API key", roles: "admin", status: 204),
            op("post", "/api/users", "Identity", "Create a staff account in the caller's tenant", roles: "admin",
               body: object([("email", string), ("password", ref("Password")), ("name", string),
                             ("role", enumeration(["admin", "agent", "customer"]))], required: ["email", "password", "name", "role"]),
               status: 201, response: user),
            op("get", "/api/users", "Identity", "The tenant's users", roles: "admin", response: page(user), query: paging),
            op("post", "/api/admin/tenants", "Identity", "Create a tenant with its admin", roles: "platform_admin",
               body: ref("CreateTenantRequest"), status: 201,
               response: object([("tenant", ref("Tenant")), ("admin", user)], required: ["tenant", "admin"])),
            op("get", "/api/admin/tenants", "Identity", "Every tenant", roles: "platform_admin", response: page(ref("Tenant")), query: paging),
            op("get", "/api/jobs/{jobId}", "Jobs", "The state of a queued job", response: ref("Job")),

            // Operations
            op("get", "/health", "Operations", "Health of the gateway and its upstreams", access: .publicRoute, response: ref("Health")),
            op("get", "/metrics", "Operations", "Prometheus metrics (latency per route and upstream, breakers, limiter)",
               access: .publicRoute, response: string, responseType: "text/plain"),
            op("get", "/openapi.json", "Operations", "This document", access: .publicRoute, response: anyObject),
            op("get", "/docs", "Operations", "This document, readable", access: .publicRoute, response: string, responseType: "text/html"),
            op("get", "/api/health/status", "Operations", "Every service and the broker, with uptime, latency and queue depths",
               response: anyObject),

            // Customer service
            op("post", "/api/customer-service/respond", "Customer service", "Answer a customer message",
               body: object([("message", string), ("conversationId", uuid), ("channel", string),
                             ("customer", object([("name", string), ("email", string), ("phone", string)]))], required: ["message"]),
               response: ref("BotAnswer")),
            op("post", "/webhook/whatsapp", "Customer service", "Twilio WhatsApp webhook (form-encoded; X-Twilio-Signature verified, else 403)",
               access: .webhook, body: anyObject, formBody: true, response: string, responseType: "text/xml"),
            op("post", "/api/customer-service/webhook/{channel}", "Customer service",
               "Messenger (X-Hub-Signature-256) and inbound email (shared-secret signed) webhooks", access: .webhook,
               body: anyObject, response: anyObject),
            op("get", "/api/customer-service/webhook/messenger", "Customer service",
               "Messenger subscription check: hub.challenge echoed when hub.verify_token is a tenant's, else 403", access: .webhook,
               response: string, responseType: "text/plain",
               query: [("hub.mode", string, "subscribe"), ("hub.verify_token", string, "the page's verify token"),
                       ("hub.challenge", string, "echoed back")]),
            op("get", "/api/customer-service/outbox", "Customer service",
               "Messages to customers on a channel with their delivery state (attempts, lastError, sentAt)", roles: "admin, agent",
               response: page(anyObject),
               query: [("status", enumeration(["pending", "sent", "failed"]), "filter by delivery state")] + paging),
            op("put", "/api/customer-service/channels/whatsapp", "Customer service", "WhatsApp channel settings", roles: "admin",
               body: object([("accountSid", string), ("authToken", string), ("number", string)],
                            required: ["accountSid", "authToken", "number"]), response: anyObject),
            op("put", "/api/customer-service/channels/messenger", "Customer service", "Messenger channel settings", roles: "admin",
               body: object([("pageId", string), ("appSecret", string), ("pageAccessToken", string), ("verifyToken", string)],
                            required: ["pageId", "appSecret", "pageAccessToken", "verifyToken"]), response: anyObject),
            op("get", "/api/customer-service/channels", "Customer service", "Channel settings, secrets masked", roles: "admin",
               response: anyObject),
            op("get", "/api/customer-service/conversations", "Customer service", "Conversations (a customer: their own)",
               response: page(ref("Conversation")),
               query: [("status", enumeration(["active", "transferred", "completed"]), "filter by status")] + paging),
            op("get", "/api/customer-service/conversations/{id}", "Customer service",
               "A conversation with its messages (a customer: their own)", response: ref("Conversation")),
            op("put", "/api/customer-service/agents/me/availability", "Customer service", "Staff availability", roles: "admin, agent",
               body: object([("available", boolean), ("capacity", integer)], required: ["available"]), response: anyObject),
            op("get", "/api/customer-service/agents", "Customer service", "Each agent's availability, capacity and open items",
               roles: "admin, agent", response: page(anyObject)),
            op("get", "/api/customer-service/queue", "Customer service", "What waits for a person, by priority and age",
               roles: "admin, agent", response: page(anyObject), query: paging),
            op("post", "/api/customer-service/conversations/{id}/take-over", "Customer service", "Take a conversation over from the bot",
               roles: "admin, agent", response: ref("Conversation")),
            op("post", "/api/customer-service/conversations/{id}/send", "Customer service", "Send a message (the agent who took over)",
               roles: "admin, agent", body: object([("message", ["type": "string", "maxLength": 1600])], required: ["message"]),
               response: anyObject),
            op("post", "/api/customer-service/conversations/{id}/close", "Customer service",
               "Close a conversation (staff, or its customer); 409 when already closed", response: ref("Conversation")),
            op("get", "/api/customer-service/faqs", "Customer service", "The tenant's knowledge base",
               response: page(ref("FAQ")), query: [("tag", string, "only entries with this tag")] + paging),
            op("post", "/api/customer-service/faqs", "Customer service", "Add a knowledge-base entry", roles: "admin, agent",
               body: ref("FAQInput"), status: 201, response: ref("FAQ")),
            op("get", "/api/customer-service/faqs/{id}", "Customer service", "A knowledge-base entry", response: ref("FAQ")),
            op("patch", "/api/customer-service/faqs/{id}", "Customer service", "Change a knowledge-base entry", roles: "admin, agent",
               body: object([("question", string), ("answer", string), ("tags", array(string))]), response: ref("FAQ")),
            op("delete", "/api/customer-service/faqs/{id}", "Customer service", "Delete a knowledge-base entry", roles: "admin, agent",
               status: 204),
            op("get", "/api/customer-service/ws", "Customer service",
               "WebSocket (token as `?token=` or header): join_ticket, send_message, typing_start, typing_stop in; new_message, user_typing, ticket_updated out",
               status: 101, query: [("token", string, "access token")]),

            // Tickets
            op("post", "/api/tickets", "Tickets", "Open a ticket", body: ref("TicketInput"), status: 201, response: ref("Ticket")),
            op("get", "/api/tickets", "Tickets", "Tickets (a customer sees only their own)", response: page(ref("Ticket")),
               query: [("status", ref("TicketStatus"), ""), ("priority", ref("Priority"), ""), ("category", string, ""),
                       ("assignee", string, "an agent id, me or none")] + paging),
            op("get", "/api/tickets/stats", "Tickets", "Ticket statistics", roles: "admin, agent", response: anyObject,
               query: [("period", string, "e.g. 7d"), ("category", string, "")]),
            op("get", "/api/tickets/{id}", "Tickets", "A ticket", response: ref("Ticket")),
            op("post", "/api/tickets/{id}/assign", "Tickets", "Assign a ticket", roles: "admin",
               body: object([("agentId", uuid)], required: ["agentId"]), response: ref("Ticket")),
            op("put", "/api/tickets/{id}/status", "Tickets", "Change a ticket's status (409 on an illegal transition; customers may close, or reopen a resolved ticket)",
               body: object([("status", ref("TicketStatus")), ("notes", string)], required: ["status"]),
               response: ref("Ticket")),
            op("post", "/api/tickets/{id}/messages", "Tickets", "Add a message (customers never see internal notes)",
               body: object([("message", string), ("type", enumeration(["customer_message", "agent_message", "internal_note"]))],
                            required: ["message", "type"]), status: 201, response: anyObject),
            op("post", "/api/tickets/{id}/rating", "Tickets", "Rate a resolved ticket",
               body: object([("rating", integer(1...5)), ("comment", string)], required: ["rating"]), response: ref("Ticket")),
            op("post", "/api/tickets/{id}/escalate", "Tickets", "Escalate a ticket",
               body: object([("reason", string)], required: ["reason"]), response: ref("Ticket")),

            // Advertising
            op("post", "/api/advertising/campaigns", "Advertising", "Create a campaign", body: anyObject, status: 201, response: anyObject),
            op("get", "/api/advertising/campaigns", "Advertising", "Campaigns", response: page(anyObject), query: paging),
            op("get", "/api/advertising/campaigns/{id}", "Advertising", "A campaign", response: anyObject),
            op("post", "/api/advertising/campaigns/{id}/metrics", "Advertising",
               "Daily rows per ad set: impressions, clicks, conversions, spend, revenue", body: anyObject, status: 201, response: anyObject),
            op("get", "/api/advertising/performance", "Advertising", "CTR, CPC, CPA, ROAS and conversion rate per ad set and in total",
               response: anyObject, query: [("campaignId", uuid, ""), ("from", dateTime, ""), ("to", dateTime, "")]),
            op("post", "/api/advertising/optimize", "Advertising", "Budget reallocation and bid recommendations with the reasoning",
               body: object([("campaignId", uuid)], required: ["campaignId"]), response: anyObject),
            op("post", "/api/advertising/creatives", "Advertising", "Ad texts within each platform's length limits",
               body: anyObject, response: anyObject),

            // Content
            op("post", "/api/content/generate", "Content", "Generate content with an SEO report", body: ref("ContentRequest"),
               response: anyObject, query: asyncFlag),
            op("get", "/api/content/templates", "Content", "Content templates", response: anyObject),
            op("post", "/api/content/schedule", "Content", "Schedule content",
               body: object([("contentId", uuid), ("publishAt", dateTime), ("channel", string)],
                            required: ["contentId", "publishAt", "channel"]), status: 201, response: anyObject),
            op("get", "/api/content/calendar", "Content", "The publishing calendar", response: anyObject,
               query: [("from", dateTime, ""), ("to", dateTime, "")]),
            op("get", "/api/content/{id}", "Content", "A piece of content", response: anyObject),

            // Analysis
            op("post", "/api/analysis/website", "Analysis", "SEO audit of a website (async)",
               body: object([("url", ["type": "string", "format": "uri"])], required: ["url"]), status: 202, response: job),
            op("post", "/api/analysis/product", "Analysis", "Product analysis", body: anyObject, response: anyObject, query: asyncFlag),
            op("post", "/api/analysis/competitor", "Analysis", "Competitor analysis", body: anyObject, response: anyObject, query: asyncFlag),
            op("post", "/api/analysis/trends", "Analysis", "Trend analysis", body: anyObject, response: anyObject, query: asyncFlag),
            op("get", "/api/analysis/reports/{id}", "Analysis", "A report", response: anyObject),

            // Pages
            op("post", "/api/pages/generate", "Pages", "Generate a landing page", body: anyObject, status: 201, response: anyObject),
            op("get", "/api/pages/templates", "Pages", "Page templates", response: anyObject),
            op("get", "/api/pages/view/{pageId}", "Pages", "A page's HTML", response: string, responseType: "text/html"),
            op("get", "/p/{slug}", "Pages", "A published page", access: .publicRoute, response: string, responseType: "text/html"),
            op("post", "/api/pages/{pageId}/experiments", "Pages", "Start an A/B test", body: anyObject, status: 201, response: anyObject),
            op("post", "/api/pages/experiments/{id}/events", "Pages", "Record an impression or a conversion",
               body: object([("visitorId", string), ("type", enumeration(["impression", "conversion"]))], required: ["visitorId", "type"]),
               status: 202, response: anyObject),
            op("get", "/api/pages/experiments/{id}/results", "Pages", "A/B test results", response: anyObject),

            // Email
            op("post", "/api/email/templates", "Email", "Create a template (Mustache subject, html, text; variables checked)",
               roles: "admin, agent",
               body: object([("name", string), ("subject", string), ("html", string), ("text", string), ("variables", array(string))],
                            required: ["name", "subject"]),
               status: 201, response: anyObject),
            op("get", "/api/email/templates", "Email", "Templates", roles: "admin, agent", response: page(anyObject), query: paging),
            op("get", "/api/email/templates/{id}", "Email", "A template", roles: "admin, agent", response: anyObject),
            op("patch", "/api/email/templates/{id}", "Email", "Edit a template (checked again)", roles: "admin, agent",
               body: anyObject, response: anyObject),
            op("delete", "/api/email/templates/{id}", "Email", "Delete a template no unsent campaign uses", roles: "admin, agent",
               status: 204),
            op("post", "/api/email/templates/{id}/preview", "Email", "Render a template with sample values", roles: "admin, agent",
               body: object([("variables", anyObject), ("contactId", string)], required: []),
               response: object([("subject", string), ("html", string), ("text", string)], required: ["subject", "text"])),
            op("post", "/api/email/templates/draft", "Email", "Draft a subject and body from a brief (language engine)",
               roles: "admin, agent",
               body: object([("brief", string), ("offer", string), ("language", string), ("tone", string)], required: ["brief"]),
               response: anyObject),
            op("post", "/api/email/contacts", "Email", "Add a contact", roles: "admin, agent",
               body: object([("email", string), ("name", string), ("attributes", anyObject), ("tags", array(string)),
                             ("consent", enumeration(["subscribed", "unsubscribed", "pending", "bounced", "complained"]))],
                            required: ["email"]),
               status: 201, response: anyObject),
            op("get", "/api/email/contacts", "Email", "Contacts (?tag=&consent=&email=)", roles: "admin, agent",
               response: page(anyObject), query: paging),
            op("post", "/api/email/contacts/import", "Email", "Import contacts from a text/csv body (header row; per-row errors)",
               roles: "admin, agent", response: anyObject),
            op("get", "/api/email/contacts/{id}", "Email", "A contact", roles: "admin, agent", response: anyObject),
            op("patch", "/api/email/contacts/{id}", "Email", "Edit a contact", roles: "admin, agent", body: anyObject, response: anyObject),
            op("delete", "/api/email/contacts/{id}", "Email", "Delete a contact", roles: "admin, agent", status: 204),
            op("post", "/api/email/contacts/{id}/tags", "Email", "Add tags", roles: "admin, agent",
               body: object([("tags", array(string))], required: ["tags"]), response: anyObject),
            op("delete", "/api/email/contacts/{id}/tags/{tag}", "Email", "Remove a tag", roles: "admin, agent", response: anyObject),
            op("post", "/api/email/segments", "Email", "Create a segment (rules over attributes, tags, consent, engagement)",
               roles: "admin, agent",
               body: object([("name", string), ("match", enumeration(["all", "any"])), ("rules", array(anyObject))],
                            required: ["name", "rules"]),
               status: 201, response: anyObject),
            op("get", "/api/email/segments", "Email", "Segments", roles: "admin, agent", response: page(anyObject), query: paging),
            op("get", "/api/email/segments/{id}", "Email", "A segment", roles: "admin, agent", response: anyObject),
            op("patch", "/api/email/segments/{id}", "Email", "Edit a segment", roles: "admin, agent", body: anyObject, response: anyObject),
            op("delete", "/api/email/segments/{id}", "Email", "Delete a segment no unsent campaign uses", roles: "admin, agent",
               status: 204),
            op("get", "/api/email/segments/{id}/contacts", "Email", "The segment's contacts, with count and consentingCount",
               roles: "admin, agent", response: anyObject, query: paging),
            op("post", "/api/email/campaigns", "Email", "Create a campaign (draft, or scheduled with scheduledAt)", roles: "admin, agent",
               body: object([("name", string), ("templateId", string), ("segmentId", string), ("scheduledAt", string)],
                            required: ["name", "templateId", "segmentId"]),
               status: 201, response: anyObject),
            op("get", "/api/email/campaigns", "Email", "Campaigns", roles: "admin, agent", response: page(anyObject), query: paging),
            op("get", "/api/email/campaigns/{id}", "Email", "A campaign with its message counts by status", roles: "admin, agent",
               response: anyObject),
            op("patch", "/api/email/campaigns/{id}", "Email", "Edit a draft or scheduled campaign", roles: "admin, agent",
               body: anyObject, response: anyObject),
            op("delete", "/api/email/campaigns/{id}", "Email", "Delete a draft or scheduled campaign", roles: "admin, agent", status: 204),
            op("post", "/api/email/campaigns/{id}/send", "Email",
               "Send a campaign: 202 with the campaign (status sending); sending twice sends once", roles: "admin, agent",
               status: 202, response: anyObject),
            op("get", "/api/email/outbox", "Email", "Messages and their delivery state (?status=&campaignId=)", roles: "admin",
               response: page(anyObject), query: paging),
            op("get", "/api/email/campaigns/{id}/stats", "Email", "Campaign statistics", roles: "admin, agent", response: anyObject),
            op("post", "/api/email/automations", "Email", "Create an automation (trigger and steps)", roles: "admin, agent",
               body: anyObject, status: 201, response: anyObject),
            op("get", "/api/email/automations", "Email", "Automations", roles: "admin, agent", response: page(anyObject),
               query: [("status", enumeration(["active", "paused"]), "filter by status")] + paging),
            op("get", "/api/email/automations/{id}", "Email", "An automation with its enrolments by state", roles: "admin, agent",
               response: anyObject),
            op("post", "/api/email/automations/{id}/pause", "Email", "Pause an automation", roles: "admin, agent", response: anyObject),
            op("post", "/api/email/automations/{id}/resume", "Email", "Resume an automation", roles: "admin, agent", response: anyObject),
            op("post", "/api/email/send", "Email", "Send one transactional email (queued; Idempotency-Key honoured)",
               roles: "admin, agent",
               body: object([("to", string), ("subject", string), ("templateId", string), ("variables", anyObject), ("html", string),
                             ("text", string)], required: ["to"]),
               status: 202, response: object([("messageId", string), ("status", string)], required: ["messageId", "status"])),
            op("get", "/t/{trackingPath}", "Email", "Open pixel and click redirect", access: .publicRoute, status: 200,
               response: string, responseType: "image/gif"),
            op("get", "/unsubscribe/{token}", "Email", "Unsubscribe page", access: .publicRoute, response: string, responseType: "text/html"),
            op("post", "/unsubscribe/{token}", "Email", "One-click unsubscribe (RFC 8058)", access: .publicRoute, status: 200,
               response: string, responseType: "text/html"),
        ]
    }

    // MARK: - Components

    static var schemas: [(String, JSONValue)] {
        [
            ("Error", object([("error", object([("code", string), ("message", string), ("requestId", string)],
                                                required: ["code", "message"]))], required: ["error"])),
            ("Role", enumeration(["platform_admin", "admin", "agent", "customer"])),
            ("Password", ["type": "string", "minLength": 8, "description": "8 to 72 bytes"]),
            ("User", object([("id", uuid), ("tenantId", uuid), ("email", string), ("name", string), ("role", ref("Role")),
                             ("createdAt", dateTime)], required: ["id", "tenantId", "email", "name", "role", "createdAt"])),
            ("Tenant", object([("id", uuid), ("name", string), ("plan", string("rate-limit plan")), ("createdAt", dateTime)],
                              required: ["id", "name", "plan", "createdAt"])),
            ("RegisterRequest", object([("email", string), ("password", ref("Password")), ("name", string),
                                        ("tenantName", string("creates the tenant and its first admin")),
                                        ("tenantId", ["type": "string", "format": "uuid",
                                                      "description": "registers a customer of this tenant"])],
                                       required: ["email", "password", "name"])),
            ("LoginRequest", object([("email", string), ("password", string)], required: ["email", "password"])),
            ("Session", object([("accessToken", string("JWT (HS256): sub, tenant, role, iat, exp, nbf, iss, aud, jti")),
                                ("refreshToken", string("opaque; single use")), ("tokenType", enumeration(["Bearer"])),
                                ("expiresIn", string("seconds") .withType("integer")), ("user", ref("User"))],
                               required: ["accessToken", "refreshToken", "expiresIn", "user"])),
            ("CreateTenantRequest", object([("name", string), ("plan", string),
                                            ("admin", object([("email", string), ("password", ref("Password")), ("name", string)],
                                                             required: ["email", "password", "name"]))],
                                           required: ["name", "admin"])),
            ("APIKey", object([("id", uuid), ("name", string), ("prefix", string), ("role", ref("Role")),
                               ("createdAt", dateTime), ("revokedAt", nullable(dateTime))])),
            ("CreatedAPIKey", object([("id", uuid), ("key", string("send as `Authorization: Bearer <key>`; shown once")),
                                      ("name", string), ("prefix", string), ("role", ref("Role")), ("createdAt", dateTime)],
                                     required: ["id", "key"])),
            ("JobAccepted", object([("jobId", uuid), ("status", enumeration(["queued"]))], required: ["jobId", "status"])),
            ("Job", object([("jobId", uuid), ("status", enumeration(["queued", "running", "succeeded", "failed", "dead"])),
                            ("result", anyObject), ("error", anyObject), ("attempts", integer)], required: ["jobId", "status", "attempts"])),
            ("Health", object([("status", enumeration(["ok", "degraded", "down"])), ("service", string), ("version", string),
                               ("checks", anyObject)], required: ["status", "service", "version", "checks"])),
            ("FAQInput", object([("question", ["type": "string", "maxLength": 500]), ("answer", ["type": "string", "maxLength": 5000]),
                                 ("tags", array(string))], required: ["question", "answer"])),
            ("FAQ", object([("id", uuid), ("question", string), ("answer", string), ("tags", array(string)),
                            ("createdAt", dateTime), ("updatedAt", dateTime)],
                           required: ["id", "question", "answer", "tags", "createdAt", "updatedAt"])),
            ("BotAnswer", object([
                ("conversationId", uuid), ("reply", string),
                ("category", enumeration(["order_issue", "product_issue", "payment_issue", "account_issue", "technical_issue",
                                          "general_inquiry", "refund_request", "other"])),
                ("sentiment", object([("label", enumeration(["positive", "neutral", "negative"])), ("score", number)])),
                ("confidence", number), ("escalated", boolean), ("escalationReason", string),
                ("sources", array(object([("type", enumeration(["faq", "article", "order"])), ("id", string)]))),
            ], required: ["conversationId", "reply", "category", "sentiment", "confidence", "escalated", "sources"])),
            ("Conversation", object([("id", uuid), ("status", enumeration(["active", "transferred", "completed"])),
                                     ("messages", array(object([("sender", enumeration(["customer", "bot", "agent", "system"])),
                                                                ("text", string), ("createdAt", dateTime)])))])),
            ("TicketStatus", enumeration(["open", "in_progress", "pending", "resolved", "closed", "escalated"])),
            ("Priority", enumeration(["low", "medium", "high", "urgent"])),
            ("TicketInput", object([("subject", string), ("description", string), ("category", string),
                                    ("priority", ref("Priority")), ("orderId", string), ("conversationId", uuid),
                                    ("contactEmail", string),
                                    ("customer", object([("userId", uuid), ("email", string), ("name", string)]))],
                                   required: ["subject", "description", "category", "priority"])),
            ("Ticket", object([("id", uuid), ("subject", string), ("description", string), ("category", string),
                               ("priority", ref("Priority")), ("status", ref("TicketStatus")),
                               ("customer", object([("userId", uuid), ("email", string), ("name", string)])),
                               ("orderId", string), ("conversationId", uuid), ("summary", string), ("assigneeId", uuid),
                               ("createdBy", uuid), ("createdAt", dateTime), ("updatedAt", dateTime),
                               ("firstResponseAt", dateTime), ("resolvedAt", dateTime), ("closedAt", dateTime),
                               ("rating", object([("rating", integer(1...5)), ("comment", string), ("ratedAt", dateTime)])),
                               ("messages", array(anyObject)), ("escalations", array(anyObject)), ("handoff", anyObject)])),
            ("ContentRequest", object([
                ("type", enumeration(["blog_article", "product_description", "social_post", "seo_meta", "email_copy"])),
                ("topic", string), ("product", anyObject), ("keywords", array(string)), ("tone", string), ("language", string),
                ("length", string),
            ], required: ["type"])),
        ]
    }

    static func errorResponse(_ description: String) -> JSONValue {
        ["description": .string(description), "content": ["application/json": ["schema": ref("Error")]]]
    }

    // MARK: - The document

    static let document: JSONValue = build()

    static func build() -> JSONValue {
        var paths: [(String, [(String, JSONValue)])] = []
        for operation in operations {
            let item = (operation.method, render(operation))
            if let index = paths.firstIndex(where: { $0.0 == operation.path }) {
                paths[index].1.append(item)
            } else {
                paths.append((operation.path, [item]))
            }
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "CommerceAI API",
                "version": "0.1.0",
                "description": """
                    Every client request goes through the gateway. JSON in and out; errors always have the shape \
                    `{"error": {"code", "message", "requestId"}}`. Every response carries `X-Request-ID`. Authenticate with \
                    `Authorization: Bearer <access token or API key>`. Lists take `?limit=` (default 50, max 200) and \
                    `?cursor=` and answer `{"items": [...], "nextCursor": ...}`. Rate limits answer 429 with `Retry-After` \
                    and `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset`.
                    """,
            ],
            "servers": [["url": "http://127.0.0.1:4000", "description": "the gateway"]],
            "tags": .array(orderedTags().map { ["name": .string($0)] }),
            "paths": .object(paths.map { ($0.0, .object($0.1)) }),
            "components": [
                "securitySchemes": [
                    "bearer": ["type": "http", "scheme": "bearer", "bearerFormat": "JWT or API key",
                               "description": "An access token from /api/auth/login, or an API key from /api/auth/api-keys"],
                ],
                "schemas": .object(schemas),
            ],
        ]
    }

    static func orderedTags() -> [String] {
        var seen: [String] = []
        for operation in operations where !seen.contains(operation.tag) { seen.append(operation.tag) }
        return seen
    }

    static func render(_ operation: Operation) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("tags", [.string(operation.tag)]),
            ("summary", .string(operation.summary)),
            ("operationId", .string(operationId(operation))),
        ]
        var description: [String] = []
        switch operation.access {
        case .bearer:
            pairs.append(("security", [["bearer": []]]))
            if let roles = operation.roles { description.append("Roles: \(roles).") }
        case .publicRoute:
            pairs.append(("security", []))
            description.append("Public: no credentials; rate-limited per client IP.")
        case .webhook:
            pairs.append(("security", []))
            description.append("Public webhook: the request proves itself with its signature; rate-limited per client IP.")
        }
        if !description.isEmpty { pairs.append(("description", .string(description.joined(separator: " ")))) }

        var parameters: [JSONValue] = []
        for name in pathParameters(operation.path) {
            parameters.append(["name": .string(name), "in": "path", "required": true, "schema": string])
        }
        for (name, schema, text) in operation.query {
            parameters.append(["name": .string(name), "in": "query", "required": false, "schema": schema, "description": .string(text)])
        }
        parameters.append(["name": "X-Request-ID", "in": "header", "required": false, "schema": string,
                           "description": "kept when 1–128 characters of [A-Za-z0-9._:-], else replaced"])
        pairs.append(("parameters", .array(parameters)))

        if let body = operation.body {
            let type = operation.formBody ? "application/x-www-form-urlencoded" : "application/json"
            pairs.append(("requestBody", ["required": true, "content": .object([(type, JSONValue.object([("schema", body)]))])]))
        }

        var responses: [(String, JSONValue)] = []
        var success: [(String, JSONValue)] = [("description", .string(successDescription(operation.status)))]
        if let response = operation.response {
            success.append(("content", .object([(operation.responseType, JSONValue.object([("schema", response)]))])))
        }
        responses.append((String(operation.status), .object(success)))
        if operation.body != nil {
            responses.append(("400", errorResponse("invalid input; the message names the field")))
            responses.append(("413", errorResponse("body too large")))
            responses.append(("415", errorResponse("the content type is not application/json")))
        }
        if operation.access == .bearer {
            responses.append(("401", errorResponse("no or invalid credentials")))
            responses.append(("403", errorResponse("the caller's role may not do this")))
        }
        if operation.access == .webhook { responses.append(("403", errorResponse("the signature does not verify"))) }
        if !pathParameters(operation.path).isEmpty {
            responses.append(("404", errorResponse("not found (also another tenant's object)")))
        }
        responses.append(("429", errorResponse("rate limited; see Retry-After and RateLimit-*")))
        if !operation.path.hasPrefix("/api/auth") && !operation.path.hasPrefix("/api/users")
            && !operation.path.hasPrefix("/api/admin") && !["/health", "/metrics", "/docs", "/openapi.json"].contains(operation.path) {
            responses.append(("502", errorResponse("the service behind the gateway failed")))
            responses.append(("503", errorResponse("the service is unavailable (circuit open); see Retry-After")))
            responses.append(("504", errorResponse("the service did not answer in time")))
        }
        pairs.append(("responses", .object(responses)))
        return .object(pairs)
    }

    static func pathParameters(_ path: String) -> [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.map { String($0.dropFirst().dropLast()) }
    }

    static func operationId(_ operation: Operation) -> String {
        let words = operation.path.split(whereSeparator: { "/{}-".contains($0) }).filter { $0 != "api" }
        return operation.method + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func successDescription(_ status: Int) -> String {
        switch status {
        case 201: "created"
        case 202: "accepted: the work is queued"
        case 204: "done, no content"
        case 101: "switching protocols"
        default: "OK"
        }
    }
}

extension JSONValue {
    /// The same schema with another `type`.
    func withType(_ type: String) -> JSONValue {
        guard case .object(var pairs) = self else { return self }
        if let index = pairs.firstIndex(where: { $0.0 == "type" }) { pairs[index].1 = .string(type) }
        return .object(pairs)
    }
}
