using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Session;
using PersonalCapital.Client.Transport;

namespace PersonalCapitalService.Problems;

/// <summary>Answers a route's upstream failure with its problem response instead of letting it become a 500.</summary>
internal sealed class UpstreamProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (UpstreamException failure)
        {
            return UpstreamProblems.From(failure, context.HttpContext);
        }
        catch (CredentialException failure)
        {
            return UpstreamProblems.From(failure, context.HttpContext);
        }
        catch (SessionFileAccessException failure)
        {
            return UpstreamProblems.From(failure, context.HttpContext);
        }
    }
}
