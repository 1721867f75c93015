using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>
/// An API that SAM deploys: an <c>AWS::Serverless::Api</c>/<c>HttpApi</c> as written, or the implicit API SAM makes for
/// events that name none. The implicit API takes its properties from <c>Globals</c> and is located at the first event
/// that asks for it, the place a reader of the template would look.
/// </summary>
internal sealed record ApiDeclaration(Resource Source, string LogicalId, MapValue Properties, SourceRange Declaration, bool IsImplicit)
{
    public Value Auth => Properties.Get("Auth");
}
