using System.Diagnostics;
using System.Text;

namespace Courseware.Preview.Tests;

/// <summary>The courseware command run as its own process, as a user runs it: stdout and stderr read line by line, stopped with SIGINT (Ctrl+C).</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _out = [];
    private readonly List<string> _error = [];

    private CliProcess(Process process)
    {
        _process = process;
    }

    public static string CliDll
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "Courseware.Cli.dll");
            if (!File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")))
            {
                throw new InvalidOperationException("Courseware.Cli.runtimeconfig.json missing next to " + dll);
            }

            return dll;
        }
    }

    public string Out
    {
        get
        {
            lock (_out)
            {
                return string.Join('\n', _out);
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return string.Join('\n', _error);
            }
        }
    }

    public static CliProcess Start(string workingDirectory, params string[] args)
    {
        // A test run started in the background inherits SIGINT as ignored, and an ignored signal stays ignored across exec:
        // perl (part of every Debian system) restores the default so the command can receive Ctrl+C as in a terminal.
        var restoreSigInt = SigIntIgnored() && File.Exists("/usr/bin/perl");
        var info = new ProcessStartInfo(restoreSigInt ? "/usr/bin/perl" : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (restoreSigInt)
        {
            foreach (var a in new[] { "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die", "dotnet" })
            {
                info.ArgumentList.Add(a);
            }
        }

        info.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = new Process { StartInfo = info };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.Add(cli._out, e.Data);
        process.ErrorDataReceived += (_, e) => cli.Add(cli._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Runs to the end and returns the exit code.</summary>
    public static (int Code, string Out, string Error) Run(string workingDirectory, params string[] args)
    {
        using var cli = Start(workingDirectory, args);
        if (!cli._process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            throw new TimeoutException("courseware " + string.Join(' ', args) + " did not end");
        }

        cli._process.WaitForExit();
        return (cli._process.ExitCode, cli.Out, cli.Error);
    }

    /// <summary>Waits until a line of stdout matches, and returns it.</summary>
    public string WaitForLine(Func<string, bool> match, TimeSpan? timeout = null, int skip = 0)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (DateTime.UtcNow < deadline)
        {
            lock (_out)
            {
                var found = _out.Where(match).Skip(skip).FirstOrDefault();
                if (found is not null)
                {
                    return found;
                }
            }

            if (_process.HasExited)
            {
                Thread.Sleep(200);
                lock (_out)
                {
                    var found = _out.Where(match).Skip(skip).FirstOrDefault();
                    if (found is not null)
                    {
                        return found;
                    }
                }

                throw new InvalidOperationException($"the command ended (exit code {_process.ExitCode}) before the line was printed.\nstdout:\n{Out}\nstderr:\n{Error}");
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"line not printed in time.\nstdout:\n{Out}\nstderr:\n{Error}");
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does, and returns the exit code.</summary>
    public int Interrupt()
    {
        if (SigIntIgnored() && !File.Exists("/usr/bin/perl"))
        {
            throw new InvalidOperationException("SIGINT is ignored by this test process (started as a background job?), so the command cannot receive Ctrl+C; run the tests in the foreground.");
        }

        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(20)))
        {
            throw new TimeoutException("the command did not stop after SIGINT.\nstdout:\n" + Out);
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static bool SigIntIgnored()
    {
        var status = File.Exists("/proc/self/status") ? File.ReadAllLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) : null;
        return status is not null && (Convert.ToUInt64(status["SigIgn:".Length..].Trim(), 16) & 2) != 0;
    }

    private void Add(List<string> lines, string? line)
    {
        if (line is not null)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }
}
