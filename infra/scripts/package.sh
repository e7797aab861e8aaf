#!/bin/sh
# azd prepackage hook: publishes the custom handler self-contained for linux-x64 and zips it for
# Flex Consumption. The zip keeps Unix modes, so the handler executable stays executable.
# INSIDERRISK_PUBLISH_ROOT moves the output (default infra/.publish; the deployment tests use a
# temporary folder). The build goes to a private artifacts folder there, so packaging never
# touches the working tree's bin/obj and always starts from a clean build.
set -eu

root=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
project="$root/functions/InsiderRisk.Functions"
publish_root="${INSIDERRISK_PUBLISH_ROOT:-$root/infra/.publish}"
app_dir="$publish_root/app"
zip_path="$publish_root/insiderrisk-api.zip"

rm -rf "$publish_root"
mkdir -p "$app_dir"

dotnet publish "$project" -c Release -r linux-x64 --self-contained -o "$app_dir" --artifacts-path "$publish_root/artifacts"

if [ ! -f "$app_dir/host.json" ]; then
    echo "package.sh: $app_dir/host.json is missing; the publish output must contain host.json and one folder per function." >&2
    exit 1
fi

# The Functions host starts the handler named in host.json (customHandler.description.defaultExecutablePath).
handler=$(sed -n 's/.*"defaultExecutablePath"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$app_dir/host.json" | head -n 1)
if [ -n "$handler" ] && [ -f "$app_dir/$handler" ]; then
    chmod 755 "$app_dir/$handler"
fi

if command -v zip >/dev/null 2>&1; then
    (cd "$app_dir" && zip -q -r -X "$zip_path" .)
elif command -v python3 >/dev/null 2>&1; then
    python3 - "$app_dir" "$zip_path" <<'PY'
import os, sys, zipfile
source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for folder, _, files in os.walk(source):
        for name in sorted(files):
            path = os.path.join(folder, name)
            # ZipFile.write stores the file's Unix mode in the entry, as `zip` does.
            archive.write(path, os.path.relpath(path, source))
PY
else
    echo "package.sh: needs 'zip' or 'python3' to build $zip_path." >&2
    exit 1
fi

echo "package.sh: wrote $zip_path"
