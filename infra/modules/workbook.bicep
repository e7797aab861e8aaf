// Shared Azure Monitor workbook over the app's telemetry (infra/README.md, "Telemetry contract")
// and the Service Bus metrics exported to Log Analytics.

param location string
param tags object
param appInsightsId string
param workspaceId string

@description('Stable per resource group, so redeploying updates the same workbook.')
param workbookId string = guid(resourceGroup().id, 'insiderrisk-operations-workbook')

var displayName = 'InsiderRisk operations'

var serializedData = replace(
  replace(loadTextContent('../workbooks/operations.workbook.json'), '__APP_INSIGHTS_ID__', appInsightsId),
  '__WORKSPACE_ID__',
  workspaceId
)

resource workbook 'Microsoft.Insights/workbooks@2023-06-01' = {
  name: workbookId
  location: location
  tags: union(tags, { 'hidden-title': displayName })
  kind: 'shared'
  properties: {
    displayName: displayName
    category: 'workbook'
    sourceId: appInsightsId
    serializedData: serializedData
    version: '1.0'
  }
}

output id string = workbook.id
