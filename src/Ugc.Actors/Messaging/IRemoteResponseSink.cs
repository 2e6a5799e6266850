namespace Ugc.Actors.Messaging;

/// <summary>A pending remote call that takes its response message.</summary>
internal interface IRemoteResponseSink
{
    void OnResponse(Message response);
}
