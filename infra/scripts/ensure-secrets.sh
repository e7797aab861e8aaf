#!/bin/sh
# azd postprovision hook: makes sure Key Vault holds the pseudonymization key (secret
# "privacy-key", 32 random bytes, base64). An existing key is never replaced: a new key would
# change every pseudonym. Needs the Azure CLI signed in as the principal that ran azd (it holds
# Key Vault Secrets Officer on the vault, granted by infra/modules/roles.bicep).
set -eu

vault="${AZURE_KEY_VAULT_NAME:?AZURE_KEY_VAULT_NAME is not set; run this through azd after provisioning}"
secret="privacy-key"

create_key() {
    umask 077
    key_file=$(mktemp)
    trap 'rm -f "$key_file"' EXIT
    # Read from a file so the key never appears on a command line.
    head -c 32 /dev/urandom | base64 | tr -d '\n' > "$key_file"
    az keyvault secret set --vault-name "$vault" --name "$secret" --file "$key_file" --encoding utf-8 \
        --content-type "base64; HMAC-SHA256 pseudonymization key" --output none
    rm -f "$key_file"
    trap - EXIT
    echo "ensure-secrets.sh: created $secret in $vault"
}

attempt=1
while :; do
    if output=$(az keyvault secret show --vault-name "$vault" --name "$secret" --query id --output tsv 2>&1); then
        echo "ensure-secrets.sh: $secret already exists in $vault; left unchanged"
        exit 0
    fi
    case "$output" in
        *SecretNotFound*)
            if recovered=$(az keyvault secret recover --vault-name "$vault" --name "$secret" --output none 2>&1); then
                # A soft-deleted key comes back rather than being replaced.
                echo "ensure-secrets.sh: recovered the soft-deleted $secret in $vault"
                exit 0
            fi
            case "$recovered" in
                *SecretNotFound*|*"not found"*|*NotFound*) create_key; exit 0 ;;
                *) echo "$recovered" >&2; exit 1 ;;
            esac
            ;;
        *Forbidden*|*"not authorized"*|*ForbiddenByRbac*)
            # A role assignment made seconds ago can take a few minutes to reach Key Vault.
            if [ "$attempt" -ge 10 ]; then
                echo "$output" >&2
                exit 1
            fi
            echo "ensure-secrets.sh: waiting for the Key Vault role assignment to take effect ($attempt/10)"
            attempt=$((attempt + 1))
            sleep 30
            ;;
        *)
            echo "$output" >&2
            exit 1
            ;;
    esac
done
