// Service Bus: the `alerts` queue the alert pipelines write to (dead-lettering on, duplicate
// detection by MessageId on) and the `case-events` topic the app publishes every case event to.
// Local (SAS) auth is disabled; senders and receivers use Entra ID.

@description('Globally unique Service Bus namespace name.')
param name string

param location string
param tags object

@description('Queue the IngestAlerts function is triggered by.')
param alertsQueueName string = 'alerts'

@description('Topic the app publishes case events to.')
param caseEventsTopicName string = 'case-events'

@description('Deliveries before Service Bus moves an alert message to the dead-letter queue.')
@minValue(1)
param alertsMaxDeliveryCount int = 5

@description('How long Service Bus remembers a MessageId to drop duplicates (ISO 8601, at most 7 days).')
param duplicateDetectionWindow string = 'P1D'

@description('Log Analytics workspace the namespace metrics (DeadletteredMessages) are exported to.')
param workspaceId string

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    // Topics and duplicate detection need Standard or Premium.
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource alertsQueue 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = {
  parent: namespace
  name: alertsQueueName
  properties: {
    lockDuration: 'PT1M'
    maxDeliveryCount: alertsMaxDeliveryCount
    deadLetteringOnMessageExpiration: true
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    defaultMessageTimeToLive: 'P14D'
    requiresSession: false
    enablePartitioning: false
  }
}

resource caseEventsTopic 'Microsoft.ServiceBus/namespaces/topics@2024-01-01' = {
  parent: namespace
  name: caseEventsTopicName
  properties: {
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    defaultMessageTimeToLive: 'P14D'
    supportOrdering: true
    enablePartitioning: false
  }
}

// Platform metrics in the workspace let the workbook chart dead-lettered messages with KQL.
resource metricsExport 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'metrics-to-log-analytics'
  scope: namespace
  properties: {
    workspaceId: workspaceId
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = namespace.name
output id string = namespace.id
// serviceBusEndpoint is https://{name}.servicebus.windows.net:443/; the trigger wants the bare host.
output fullyQualifiedNamespace string = split(split(namespace.properties.serviceBusEndpoint, '//')[1], ':')[0]
output alertsQueueName string = alertsQueue.name
output caseEventsTopicName string = caseEventsTopic.name
