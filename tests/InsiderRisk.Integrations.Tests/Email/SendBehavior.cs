namespace InsiderRisk.Integrations.Tests.Email;

/// <summary>How the fake ACS answers one <c>emails:send</c>.</summary>
internal enum SendBehavior
{
    Accept,
    RejectAsBadRequest,
    Throttle,
    Unavailable,

    /// <summary>Takes the email, then drops the connection before answering: the lost response.</summary>
    AcceptThenDrop,

    /// <summary>Answers only after <see cref="FakeAcsServer.HangFor"/>.</summary>
    Hang,

    /// <summary>Answers 409 as if the operation id were taken, without taking the email.</summary>
    Conflict,
}
