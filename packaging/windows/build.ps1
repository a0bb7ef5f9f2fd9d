# Build the Windows bundle in a fresh virtual environment, smoke-test it, optionally sign it, and pack it.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#       -> dist\SecondLook\ (SecondLook.exe for the desktop, SecondLook-cli.exe for the command line)
#          and dist\SecondLook-<version>-windows-<arch>.zip
#   $env:SIGN_CERT_SHA1 = "<thumbprint>"; powershell -File packaging\windows\build.ps1
#       -> the same, with every .exe and .dll signed and timestamped by that certificate
#
# The signing certificate stays in the Windows certificate store (or its hardware token / cloud HSM);
# signtool finds it by thumbprint. docs/packaging.md says where it comes from.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$python = if ($env:PYTHON) { $env:PYTHON } else { "py -3.11" }
$venv = if ($env:VENV) { $env:VENV } else { "build\venv-windows" }
$timestampUrl = if ($env:SIGN_TIMESTAMP_URL) { $env:SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }

Invoke-Expression "$python -m venv $venv"
$py = Join-Path $venv "Scripts\python.exe"
& $py -m pip install --quiet --upgrade pip
& $py -m pip install --quiet -c packaging\constraints.txt -e .
if ($LASTEXITCODE -ne 0) { throw "installing the app failed" }
& $py -m pip install --quiet -r packaging\requirements.txt
if ($LASTEXITCODE -ne 0) { throw "installing PyInstaller failed" }

$env:QT_QPA_PLATFORM = "offscreen"
& $py packaging\build.py --clean --check
if ($LASTEXITCODE -ne 0) { throw "the build or its smoke checks failed" }

if ($env:SIGN_CERT_SHA1) {
    $files = Get-ChildItem -Path dist\SecondLook -Recurse -Include *.exe, *.dll, *.pyd |
        Where-Object { -not (Get-AuthenticodeSignature $_.FullName).SignerCertificate }
    foreach ($batch in ($files | Group-Object { [math]::Floor($files.IndexOf($_) / 50) })) {
        signtool sign /sha1 $env:SIGN_CERT_SHA1 /fd sha256 /tr $timestampUrl /td sha256 `
            ($batch.Group | ForEach-Object { $_.FullName })
        if ($LASTEXITCODE -ne 0) { throw "signtool failed" }
    }
    signtool verify /pa /q dist\SecondLook\SecondLook.exe dist\SecondLook\SecondLook-cli.exe
    if ($LASTEXITCODE -ne 0) { throw "the signature does not verify" }
}

# Pack after signing, so the archive holds the signed files.
& $py packaging\build.py --no-build --archive
if ($LASTEXITCODE -ne 0) { throw "packing the archive failed" }
