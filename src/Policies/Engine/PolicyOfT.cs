using PolicyScan.Policies.Model;

namespace PolicyScan.Policies.Engine;

/// <summary>
/// A policy over one kind of typed model object (an S3 bucket, a security group rule, ...), written once for every
/// input format whose adapters produce that model. <see cref="Check"/> reports failures and unknowns; a subject with
/// neither is recorded as passed.
/// </summary>
public abstract class Policy<TSubject> : Policy
    where TSubject : IModelObject
{
    public sealed override void Evaluate(PolicyContext context)
    {
        foreach (var subject in Subjects(context.Model))
        {
            // A policy judges only the formats it declares, the ones its fixtures prove; another format's resources
            // of the same model wait until the policy is shown to be right on them.
            if (!Metadata.Supports(subject.Resource.Format))
            {
                continue;
            }

            var check = new PolicyCheck(context, Metadata, subject.Resource);
            Check(subject, check);
            check.Complete();
        }
    }

    /// <summary>The subjects the policy applies to; by default every model object of the type.</summary>
    protected virtual IEnumerable<TSubject> Subjects(CloudModel model) => model.Get<TSubject>();

    protected abstract void Check(TSubject subject, PolicyCheck check);
}
