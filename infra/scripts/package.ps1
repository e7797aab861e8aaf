# azd prepackage hook (Windows): publishes the custom handler self-contained for linux-x64 and
# zips it for Flex Consumption. Zips made on Windows carry no Unix modes, and Linux would then
# refuse to start the handler, so every entry gets an explicit Unix mode (the handler 0755,
# everything else 0644) and is marked as made on Unix. INSIDERRISK_PUBLISH_ROOT moves the output
# (default infra/.publish); the build goes to a private artifacts folder there, never the working tree.
$ErrorActionPreference = 'Stop'

$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$project = Join-Path $root 'functions/InsiderRisk.Functions'
$publishRoot = if ($env:INSIDERRISK_PUBLISH_ROOT) { $env:INSIDERRISK_PUBLISH_ROOT } else { Join-Path $root 'infra/.publish' }
$appDir = Join-Path $publishRoot 'app'
$zipPath = Join-Path $publishRoot 'insiderrisk-api.zip'

function Read-Exactly([System.IO.Stream] $stream, [byte[]] $buffer, [int] $count) {
    $read = 0
    while ($read -lt $count) {
        $n = $stream.Read($buffer, $read, $count - $read)
        if ($n -le 0) { throw 'Unexpected end of the ZIP file.' }
        $read += $n
    }
}

# ZIP layout (PKWARE APPNOTE 4.3.12, 4.3.16): the end-of-central-directory record gives the
# entry count and the central directory offset; each central directory header stores
# "version made by" at offset 4, whose high byte (offset 5) is the host system, 3 = Unix.
function Set-ZipMadeByUnix([System.IO.Stream] $stream) {
    $tailLength = [int][Math]::Min($stream.Length, 22 + 65535)
    $tail = New-Object byte[] $tailLength
    $stream.Position = $stream.Length - $tailLength
    Read-Exactly $stream $tail $tailLength

    $eocd = -1
    for ($i = $tailLength - 22; $i -ge 0; $i--) {
        if ([BitConverter]::ToUInt32($tail, $i) -eq 0x06054b50) { $eocd = $i; break }
    }
    if ($eocd -lt 0) { throw 'No end-of-central-directory record in the ZIP file.' }

    $entryCount = [BitConverter]::ToUInt16($tail, $eocd + 10)
    $position = [long][BitConverter]::ToUInt32($tail, $eocd + 16)
    if ($entryCount -eq 0xFFFF -or $position -eq 0xFFFFFFFFL) { throw 'ZIP64 archives are not supported here.' }

    $header = New-Object byte[] 46
    for ($n = 0; $n -lt $entryCount; $n++) {
        $stream.Position = $position
        Read-Exactly $stream $header 46
        if ([BitConverter]::ToUInt32($header, 0) -ne 0x02014b50) { throw 'Unexpected ZIP central directory layout.' }
        $stream.Position = $position + 5
        $stream.WriteByte(3)
        $position += 46 + [BitConverter]::ToUInt16($header, 28) + [BitConverter]::ToUInt16($header, 30) + [BitConverter]::ToUInt16($header, 32)
    }
}

# Unix file type and permission bits live in the upper 16 bits of the external attributes.
function Get-UnixAttributes([string] $octalMode) {
    $value = [uint32]([Convert]::ToUInt32($octalMode, 8) * 65536)
    return [BitConverter]::ToInt32([BitConverter]::GetBytes($value), 0)
}

if (Test-Path $publishRoot) { Remove-Item -Recurse -Force $publishRoot }
New-Item -ItemType Directory -Force -Path $appDir | Out-Null

& dotnet publish $project -c Release -r linux-x64 --self-contained -o $appDir --artifacts-path (Join-Path $publishRoot 'artifacts')
if ($LASTEXITCODE -ne 0) { throw "dotnet publish failed with exit code $LASTEXITCODE." }

$hostJsonPath = Join-Path $appDir 'host.json'
if (-not (Test-Path $hostJsonPath)) {
    throw "$hostJsonPath is missing; the publish output must contain host.json and one folder per function."
}

# The Functions host starts the handler named in host.json (customHandler.description.defaultExecutablePath).
$handler = ''
$match = [regex]::Match((Get-Content -Raw $hostJsonPath), '"defaultExecutablePath"\s*:\s*"([^"]*)"')
if ($match.Success) { $handler = $match.Groups[1].Value }

Add-Type -AssemblyName System.IO.Compression
Add-Type -AssemblyName System.IO.Compression.FileSystem
$regularFile = Get-UnixAttributes '100644'
$executableFile = Get-UnixAttributes '100755'

$stream = [System.IO.File]::Open($zipPath, [System.IO.FileMode]::Create, [System.IO.FileAccess]::ReadWrite)
try {
    $archive = New-Object System.IO.Compression.ZipArchive($stream, [System.IO.Compression.ZipArchiveMode]::Create, $true)
    try {
        foreach ($file in Get-ChildItem -Path $appDir -Recurse -File) {
            $entryName = [System.IO.Path]::GetRelativePath($appDir, $file.FullName).Replace('\', '/')
            $entry = [System.IO.Compression.ZipFileExtensions]::CreateEntryFromFile(
                $archive, $file.FullName, $entryName, [System.IO.Compression.CompressionLevel]::Optimal)
            if ($entryName -eq $handler) { $entry.ExternalAttributes = $executableFile }
            else { $entry.ExternalAttributes = $regularFile }
        }
    }
    finally {
        $archive.Dispose()
    }
    Set-ZipMadeByUnix $stream
}
finally {
    $stream.Dispose()
}

Write-Host "package.ps1: wrote $zipPath"
