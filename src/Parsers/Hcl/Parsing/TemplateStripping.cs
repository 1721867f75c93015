namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// Applies strip markers: <c>${~</c> and <c>%{~</c> remove the white space (newlines included) at the end of the
/// literal before them; <c>~}</c> removes it at the start of the literal after. Only literal text is stripped,
/// never the values of interpolations, as the spec says.
/// </summary>
internal static class TemplateStripping
{
    public static void Apply(List<TemplateItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var (stripBefore, stripAfter) = items[i] switch
            {
                TemplateInterpolationItem interpolation => (interpolation.StripBefore, interpolation.StripAfter),
                TemplateDirectiveItem directive => (directive.StripBefore, directive.StripAfter),
                _ => (false, false),
            };

            if (stripBefore && i > 0 && items[i - 1] is TemplateLiteralItem before)
            {
                var trimmed = before.Value.TrimEnd();
                var removed = before.Value.Length - trimmed.Length;
                items[i - 1] = before with { Value = trimmed, End = before.Verbatim ? before.End - removed : before.End };
            }

            if (stripAfter && i + 1 < items.Count && items[i + 1] is TemplateLiteralItem after)
            {
                var trimmed = after.Value.TrimStart();
                var removed = after.Value.Length - trimmed.Length;
                items[i + 1] = after with { Value = trimmed, Start = after.Verbatim ? after.Start + removed : after.Start };
            }
        }
    }
}
