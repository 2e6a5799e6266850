namespace Ugc.Grains.Moderation;

/// <summary>What kind of contact or link a submission carries.</summary>
public enum SolicitationKind
{
    /// <summary>An e-mail address, plain or spelled out ("name at gmail dot com").</summary>
    Email,

    /// <summary>A phone number in international or US form.</summary>
    Phone,

    /// <summary>A URL with a scheme or "www.", or a spelled-out one ("h t t p").</summary>
    Url,

    /// <summary>A bare domain name ("example.com", "example dot com").</summary>
    Domain,
}
