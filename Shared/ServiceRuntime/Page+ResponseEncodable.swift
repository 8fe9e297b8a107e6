public import CommerceModels
public import Hummingbird

/// A page of a list (`{"items": [...], "nextCursor": …}`) is returned straight from a handler.
extension Page: ResponseEncodable {}
