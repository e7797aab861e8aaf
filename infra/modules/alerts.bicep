// Alert rules: case effects that ended Failed (from the app's CaseEffectCompleted telemetry) and
// alert messages dead-lettered by Service Bus (platform metric on the `alerts` queue).

param location string
param tags object
param resourceToken string
param appInsightsId string
param serviceBusNamespaceId string
param alertsQueueName string

@description('Who is emailed when an alert fires. Empty: the rules fire without notifying anyone.')
param alertEmail string = ''

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmail)) {
  name: 'ag-insiderrisk-${resourceToken}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'InsiderRisk'
    enabled: true
    emailReceivers: [
      {
        name: 'operations'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

var actionGroupIds = empty(alertEmail) ? [] : [actionGroup.id]

resource failedEffects 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-failed-case-effects-${resourceToken}'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'InsiderRisk: case effects failed'
    description: 'A case effect (notice, escalation, share, flow, Teams) ended with Outcome=Failed after its retries.'
    severity: 2
    enabled: true
    scopes: [
      appInsightsId
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'traces\n| where tostring(customDimensions.EventName) == "CaseEffectCompleted"\n| where tostring(customDimensions.Outcome) == "Failed"\n| summarize FailedEffects = count() by EffectKind = tostring(customDimensions.EffectKind)'
          timeAggregation: 'Total'
          metricMeasureColumn: 'FailedEffects'
          dimensions: [
            {
              name: 'EffectKind'
              operator: 'Include'
              values: [
                '*'
              ]
            }
          ]
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: actionGroupIds
    }
  }
}

resource deadLetteredAlerts 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'alert-dead-lettered-alerts-${resourceToken}'
  location: 'global'
  tags: tags
  properties: {
    description: 'Messages are waiting in the dead-letter queue of the Service Bus queue "${alertsQueueName}" (invalid alerts or repeated processing failures).'
    severity: 2
    enabled: true
    scopes: [
      serviceBusNamespaceId
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    targetResourceType: 'Microsoft.ServiceBus/namespaces'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'DeadLetteredAlerts'
          metricNamespace: 'Microsoft.ServiceBus/namespaces'
          metricName: 'DeadletteredMessages'
          dimensions: [
            {
              name: 'EntityName'
              operator: 'Include'
              values: [
                alertsQueueName
              ]
            }
          ]
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Maximum'
        }
      ]
    }
    autoMitigate: true
    actions: [
      for id in actionGroupIds: {
        actionGroupId: id
      }
    ]
  }
}

output failedEffectsRuleId string = failedEffects.id
output deadLetteredAlertsRuleId string = deadLetteredAlerts.id
