namespace InsiderRisk.Storage;

public enum StorageErrorKind
{
    /// <summary>The entity, table, queue or message does not exist.</summary>
    NotFound,

    /// <summary>The entity already exists (insert).</summary>
    Conflict,

    /// <summary>The ETag did not match (someone else wrote first).</summary>
    PreconditionFailed,

    /// <summary>The service asked us to slow down (429/503 after the pipeline's retries).</summary>
    Throttled,

    /// <summary>The request was refused before sending, or by the service, as malformed.</summary>
    InvalidInput,

    /// <summary>Credentials were refused (401/403).</summary>
    Unauthorized,

    /// <summary>Anything else the service answered.</summary>
    Other,
}

/// <summary>A typed storage error, so callers never look at raw status codes.</summary>
public class StorageException : Exception
{
    public StorageException(StorageErrorKind kind, string message, int? status = null, string? errorCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Status = status;
        ErrorCode = errorCode;
    }

    public StorageException()
        : this(StorageErrorKind.Other, "Storage error.")
    {
    }

    public StorageException(string message)
        : this(StorageErrorKind.Other, message)
    {
    }

    public StorageException(string message, Exception innerException)
        : this(StorageErrorKind.Other, message, innerException: innerException)
    {
    }

    public StorageErrorKind Kind { get; }

    /// <summary>The HTTP status the service answered, when there was one.</summary>
    public int? Status { get; }

    /// <summary>The service's error code (e.g. <c>EntityAlreadyExists</c>), when there was one.</summary>
    public string? ErrorCode { get; }
}

/// <summary>A batch failed as a whole because operation <see cref="FailedIndex"/> failed.</summary>
public sealed class BatchOperationException : StorageException
{
    public BatchOperationException(int failedIndex, StorageErrorKind kind, string message, int? status = null, string? errorCode = null)
        : base(kind, $"Batch operation {failedIndex} failed: {message}", status, errorCode)
    {
        FailedIndex = failedIndex;
    }

    public BatchOperationException()
        : this(0, StorageErrorKind.Other, "Batch failed.")
    {
    }

    public BatchOperationException(string message)
        : this(0, StorageErrorKind.Other, message)
    {
    }

    public BatchOperationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int FailedIndex { get; }
}
