# azd postprovision hook (Windows): makes sure Key Vault holds the pseudonymization key (secret
# "privacy-key", 32 random bytes, base64). An existing key is never replaced: a new key would
# change every pseudonym. Needs the Azure CLI signed in as the principal that ran azd (it holds
# Key Vault Secrets Officer on the vault, granted by infra/modules/roles.bicep).
$ErrorActionPreference = 'Stop'

$vault = $env:AZURE_KEY_VAULT_NAME
if ([string]::IsNullOrWhiteSpace($vault)) {
    throw 'AZURE_KEY_VAULT_NAME is not set; run this through azd after provisioning.'
}
$secret = 'privacy-key'

function Invoke-Az([string[]] $arguments) {
    # az writes its errors to stderr; collect them as text instead of failing on them.
    $ErrorActionPreference = 'Continue'
    $output = (& az @arguments 2>&1 | ForEach-Object { "$_" }) -join "`n"
    return [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = $output }
}

function New-PrivacyKey {
    $key = [Convert]::ToBase64String([System.Security.Cryptography.RandomNumberGenerator]::GetBytes(32))
    $keyFile = New-TemporaryFile
    try {
        # Read from a file so the key never appears on a command line.
        [System.IO.File]::WriteAllText($keyFile.FullName, $key)
        $set = Invoke-Az @('keyvault', 'secret', 'set', '--vault-name', $vault, '--name', $secret,
            '--file', $keyFile.FullName, '--encoding', 'utf-8',
            '--content-type', 'base64; HMAC-SHA256 pseudonymization key', '--output', 'none')
        if ($set.ExitCode -ne 0) { throw $set.Output }
    }
    finally {
        Remove-Item -Force $keyFile.FullName
    }
    Write-Host "ensure-secrets.ps1: created $secret in $vault"
}

$attempt = 1
while ($true) {
    $show = Invoke-Az @('keyvault', 'secret', 'show', '--vault-name', $vault, '--name', $secret, '--query', 'id', '--output', 'tsv')
    if ($show.ExitCode -eq 0) {
        Write-Host "ensure-secrets.ps1: $secret already exists in $vault; left unchanged"
        exit 0
    }
    if ($show.Output -match 'SecretNotFound') {
        # A soft-deleted key comes back rather than being replaced.
        $recover = Invoke-Az @('keyvault', 'secret', 'recover', '--vault-name', $vault, '--name', $secret, '--output', 'none')
        if ($recover.ExitCode -eq 0) {
            Write-Host "ensure-secrets.ps1: recovered the soft-deleted $secret in $vault"
            exit 0
        }
        if ($recover.Output -notmatch 'NotFound') { throw $recover.Output }
        New-PrivacyKey
        exit 0
    }
    if ($show.Output -match 'Forbidden|not authorized') {
        # A role assignment made seconds ago can take a few minutes to reach Key Vault.
        if ($attempt -ge 10) { throw $show.Output }
        Write-Host "ensure-secrets.ps1: waiting for the Key Vault role assignment to take effect ($attempt/10)"
        $attempt++
        Start-Sleep -Seconds 30
        continue
    }
    throw $show.Output
}
