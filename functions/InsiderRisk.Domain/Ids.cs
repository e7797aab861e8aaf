namespace InsiderRisk.Domain;

/// <summary>A case's id. Safe as a storage key (validated where it is minted or parsed).</summary>
public readonly record struct CaseId(string Value)
{
    public override string ToString() => Value;
}

/// <summary>The caller-supplied alert id; the idempotency key of ingestion.</summary>
public readonly record struct AlertId(string Value)
{
    public override string ToString() => Value;
}

/// <summary>A user as the world outside the store sees them (e.g. <c>User-7Q4K2M</c>).</summary>
public readonly record struct UserPseudonym(string Value)
{
    public override string ToString() => Value;
}

/// <summary>Deterministic id of one outside effect; the idempotency key of its execution.</summary>
public readonly record struct EffectId(string Value)
{
    public override string ToString() => Value;
}

/// <summary>A sign-in a detection belongs to.</summary>
public readonly record struct SignInId(string Value)
{
    public override string ToString() => Value;
}
