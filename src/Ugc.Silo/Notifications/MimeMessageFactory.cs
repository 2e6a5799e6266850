using MimeKit;
using Ugc.Grains.Notifications;

namespace Ugc.Silo.Notifications;

/// <summary>
/// Builds the MIME message of a solicitation: the client's From, text and HTML alternatives, a stable Message-ID, and
/// the unsubscribe headers of RFC 2369 and RFC 8058 (one-click), which large mailbox providers require of bulk mail.
/// </summary>
public static class MimeMessageFactory
{
    public static MimeMessage Create(NotificationMessage message, string from)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(message.FromName ?? "", from));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.To));
        mime.Subject = message.Content.Subject;
        mime.MessageId = $"{message.MessageId}@{Domain(from)}";
        mime.Headers.Add("List-Unsubscribe", $"<{message.UnsubscribeUrl}>");
        mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mime.Headers.Add("X-Ugc-Campaign", Grains.Solicitation.LinkToken.Campaign);
        mime.Body = new BodyBuilder { TextBody = message.Content.Text, HtmlBody = message.Content.Html }.ToMessageBody();
        return mime;
    }

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..];
}
