using Ugc.Actors.Membership;

namespace Ugc.Actors.Sql.Tests.Membership;

public sealed class MemoryMembershipTableTests : MembershipTableConformance
{
    protected override IMembershipTable CreateTable() => new MemoryMembershipTable();
}
