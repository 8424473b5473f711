<#
.SYNOPSIS
  Scheduled Cleaner run (Windows Task Scheduler, or pwsh anywhere): a thin wrapper over `cleaner run`.
.DESCRIPTION
  Passes its parameters to the cleaner CLI and exits with the CLI's exit code:
  0 success, 1 finished with failed inputs, 2 usage or rules error, 3 output folder locked, 4 interrupted,
  5 stopped because the output location keeps failing. Logs: <Output>\_logs\, run reports: <Output>\_runs\.
.EXAMPLE
  ./run.ps1 -InputPath D:\dumps -Output D:\stories
.EXAMPLE
  ./run.ps1 -InputPath D:\dumps,E:\more -Output D:\stories -Config D:\cleaner-rules -Quiet
#>
param(
    [Parameter(Mandatory = $true)] [string[]] $InputPath,
    [Parameter(Mandatory = $true)] [string] $Output,
    [string] $Config,
    [string[]] $Include,
    [string[]] $Exclude,
    [int] $Parallelism,
    [string] $ReferenceTime,
    [switch] $Full,
    [switch] $Prune,
    [switch] $Durable,
    [switch] $Quiet,
    [string] $Cleaner = (Join-Path $PSScriptRoot 'src/Cleaner.Cli/bin/Release/net10.0/cleaner.dll')
)

$arguments = @('run') + $InputPath + @('--out', $Output)
if ($Config) { $arguments += @('--config', $Config) }
foreach ($glob in $Include) { $arguments += @('--include', $glob) }
foreach ($glob in $Exclude) { $arguments += @('--exclude', $glob) }
if ($Parallelism -gt 0) { $arguments += @('--parallelism', $Parallelism) }
if ($ReferenceTime) { $arguments += @('--reference-time', $ReferenceTime) }
if ($Full) { $arguments += '--full' }
if ($Prune) { $arguments += '--prune' }
if ($Durable) { $arguments += '--durable' }
if ($Quiet) { $arguments += '--quiet' }

if (-not (Test-Path $Cleaner)) {
    & dotnet build (Join-Path $PSScriptRoot 'src/Cleaner.Cli') -c Release | Out-Null
}

& dotnet $Cleaner @arguments
exit $LASTEXITCODE
