using System.Diagnostics;

namespace InsiderRisk.TestSupport;

/// <summary>Keeps the last lines a process wrote (stdout and stderr), for error messages.</summary>
public sealed class OutputTail(int capacity = 40)
{
    private readonly Queue<string> lines = new();
    private readonly Lock gate = new();

    public void Attach(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public void Add(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (gate)
        {
            lines.Enqueue(line);
            while (lines.Count > capacity)
            {
                lines.Dequeue();
            }
        }
    }

    public override string ToString()
    {
        lock (gate)
        {
            return lines.Count == 0 ? "(no output)" : string.Join(Environment.NewLine, lines);
        }
    }
}
