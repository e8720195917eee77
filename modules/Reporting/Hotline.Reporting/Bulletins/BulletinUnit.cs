namespace Hotline.Reporting.Bulletins;

/// <summary>
/// One line of the bulletin: the company (<see cref="Id"/> "company"), a branch (with its <see cref="Rank"/>) or a
/// project (with its <see cref="BranchId"/>): the month's figures, the headline, and the headline of last month and of
/// the same month last year with the change against each.
/// </summary>
public sealed record BulletinUnit(
    string Id,
    string? BranchId,
    int? Rank,
    BulletinFigures Figures,
    BulletinHeadline Headline,
    BulletinHeadline PreviousMonth,
    BulletinHeadline SameMonthLastYear,
    BulletinHeadline ChangeVsPreviousMonth,
    BulletinHeadline ChangeVsSameMonthLastYear)
{
    public static BulletinUnit Of(string id, string? branchId, BulletinFigures figures, BulletinHeadline previous, BulletinHeadline lastYear)
    {
        var headline = BulletinHeadline.Of(figures);
        return new BulletinUnit(id, branchId, null, figures, headline, previous, lastYear,
            headline.ChangeFrom(previous), headline.ChangeFrom(lastYear));
    }
}
