namespace Ugc.Silo.Dashboard;

/// <summary>How a dashboard request proved it comes from an operator.</summary>
public enum DashboardCaller
{
    None,
    Bearer,
    Cookie,
}
