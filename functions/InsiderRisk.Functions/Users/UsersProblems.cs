namespace InsiderRisk.Functions.Users;

/// <summary>The 404s of the user routes. Details never repeat the route value: it may be a user id.</summary>
internal static class UsersProblems
{
    public static IResult UnknownUser() =>
        TypedResults.Problem("No user with risk data matches this id.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult UnknownSignIn() =>
        TypedResults.Problem("No sign-in with this id is known.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult UnknownIdentity() =>
        TypedResults.Problem("No identity is known for this user.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
