using System.Net;
using System.Net.Sockets;

namespace InsiderRisk.TestSupport;

/// <summary>Free loopback ports: bind port 0, read the port the OS chose, release it.</summary>
public static class FreePorts
{
    public static int[] Take(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
