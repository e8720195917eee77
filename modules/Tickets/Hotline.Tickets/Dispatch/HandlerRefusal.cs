namespace Hotline.Tickets.Dispatch;

/// <summary>Why a person may not hold a ticket now. <see cref="AtCap"/>: a state of the moment (409), else a bad choice (400).</summary>
public sealed record HandlerRefusal(string Problem, bool AtCap = false);
