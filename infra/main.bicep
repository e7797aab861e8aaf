// InsiderRisk on Azure: a Flex Consumption function app (custom handler) with identity-based
// access to Storage, Service Bus, Key Vault, ACS Email and Application Insights.
// Resource-group scope; azd passes environmentName, location and the deployer's principal.
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(64)
@description('azd environment name (AZURE_ENV_NAME); part of every resource name and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Azure region for the regional resources; Flex Consumption must be available there.')
param location string

@description('Application (client) ID of the Entra ID app registration that protects the API (AUTH_CLIENT_ID).')
@minLength(36)
@maxLength(36)
param authClientId string

@description('Object ID of the principal running azd (AZURE_PRINCIPAL_ID); gets Key Vault Secrets Officer so the postprovision hook can create the pseudonymization key. Empty: no assignment.')
param principalId string = ''

@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string = 'User'

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound of instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Where ACS keeps its data at rest, e.g. "United States", "Europe", "UK".')
param emailDataLocation string = 'United States'

@description('Pseudonymize users in the API, events and logs (Privacy__PseudonymizeUsers).')
param pseudonymizeUsers bool = true

@description('NCRONTAB schedule of RecomputeRiskScores (Risk__Schedule).')
param riskSchedule string = '0 0 2 * * *'

@description('Risk scoring window in days (Risk__WindowDays).')
@minValue(1)
param riskWindowDays int = 90

@description('NCRONTAB schedule of SweepOutbox (Sweeper__Schedule).')
param sweeperSchedule string = '0 */5 * * * *'

@description('Microsoft Graph base URL (Graph__BaseUrl).')
param graphBaseUrl string = 'https://graph.microsoft.com/v1.0'

@description('ServiceNow instance URL, e.g. https://contoso.service-now.com. Empty: ServiceNow settings are not set and the app uses its local sink.')
param serviceNowInstanceUrl string = ''

@description('ServiceNow user for incidents; its password is the Key Vault secret "servicenow-password".')
param serviceNowUsername string = ''

@description('Names of Power Automate flows; each gets Flows__{name}__Url referencing the Key Vault secret "flow-{name}-url". Names: letters, digits and hyphens.')
param flowNames array = []

@description('Email address notified by the alert rules. Empty: no action group.')
param alertEmail string = ''

@description('Turn on Key Vault purge protection (irreversible).')
param keyVaultPurgeProtection bool = true

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}

var tableNames = [
  'Cases'
  'CaseIndex'
  'OutboxIndex'
  'Alerts'
  'UserAlerts'
  'AlertQueue'
  'UserRisk'
  'RiskRuns'
  'Audit'
  'IdentityMap'
  'Settings'
  'NoticeTemplates'
  'InvalidMessages'
  'Activities'
  'UserRiskProfiles'
  'RiskDirty'
  'RiskExpiry'
  'SignIns'
  'CaseOutcomes'
  'EffectDeliveries'
  'SentMessages'
  'SinkRecords'
  'PublishedEvents'
  'IdentityFeedback'
]

// alerts-local is the local run's stand-in for the Service Bus queue and is not created in Azure.
// The app creates each queue it uses and its "-poison" queue at start-up, and the host moves failed
// messages of the queue triggers there, so both exist and are granted.
var queueNames = [
  'case-effects'
  'case-effects-poison'
  'risk-feedback'
  'risk-feedback-poison'
  'risk-runs'
  'risk-runs-poison'
  'case-event-publish'
  'case-event-publish-poison'
]

var privacyKeySecretName = 'privacy-key'
var serviceNowPasswordSecretName = 'servicenow-password'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-insiderrisk-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-insiderrisk-${resourceToken}'
    appInsightsName: 'appi-insiderrisk-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package'
    tableNames: tableNames
    queueNames: queueNames
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'servicebus'
  params: {
    name: 'sb-insiderrisk-${resourceToken}'
    location: location
    tags: tags
    alertsQueueName: 'alerts'
    caseEventsTopicName: 'case-events'
    workspaceId: monitoring.outputs.workspaceId
  }
}

module communication 'modules/communication.bicep' = {
  name: 'communication'
  params: {
    communicationServiceName: 'acs-insiderrisk-${resourceToken}'
    emailServiceName: 'ecs-insiderrisk-${resourceToken}'
    tags: tags
    dataLocation: emailDataLocation
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    enablePurgeProtection: keyVaultPurgeProtection
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    appPrincipalId: identity.outputs.principalId
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    hostContainerNames: storage.outputs.hostContainerNames
    tableNames: storage.outputs.tableNames
    queueNames: storage.outputs.queueNames
    serviceBusNamespaceName: serviceBus.outputs.name
    alertsQueueName: serviceBus.outputs.alertsQueueName
    caseEventsTopicName: serviceBus.outputs.caseEventsTopicName
    keyVaultName: keyVault.outputs.name
    communicationServiceName: communication.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
  }
}

func keyVaultReference(vaultUri string, secretName string) string =>
  '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName}/)'

// Every setting of API.md's "Configuration" table in its identity-based form. Not set here:
// FUNCTIONS_WORKER_RUNTIME (Flex takes the runtime from functionAppConfig.runtime),
// InsiderRisk__DataDirectory (embedded store only), Email__ConnectionString and
// Graph__ClientSecret (key-based alternatives to the managed identity).
var coreSettings = {
  AzureWebJobsStorage__accountName: storage.outputs.name
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  ServiceBusConnection__fullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
  ServiceBusConnection__credential: 'managedidentity'
  ServiceBusConnection__clientId: identity.outputs.clientId
  AZURE_CLIENT_ID: identity.outputs.clientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.appInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
  Auth__Mode: 'EasyAuth'
  Privacy__PseudonymizeUsers: pseudonymizeUsers ? 'true' : 'false'
  Privacy__Key: keyVaultReference(keyVault.outputs.uri, privacyKeySecretName)
  Email__Endpoint: communication.outputs.endpoint
  Email__Sender: communication.outputs.senderAddress
  Graph__TenantId: tenant().tenantId
  Graph__ClientId: identity.outputs.clientId
  Graph__BaseUrl: graphBaseUrl
  Risk__Schedule: riskSchedule
  Risk__WindowDays: string(riskWindowDays)
  Sweeper__Schedule: sweeperSchedule
}

var serviceNowSettings = empty(serviceNowInstanceUrl)
  ? {}
  : {
      ServiceNow__InstanceUrl: serviceNowInstanceUrl
      ServiceNow__Username: serviceNowUsername
      ServiceNow__Password: keyVaultReference(keyVault.outputs.uri, serviceNowPasswordSecretName)
    }

var flowSettings = toObject(
  flowNames,
  flow => 'Flows__${flow}__Url',
  flow => keyVaultReference(keyVault.outputs.uri, 'flow-${toLower(flow)}-url')
)

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    planName: 'plan-insiderrisk-${resourceToken}'
    name: 'func-insiderrisk-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    deploymentBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    appSettings: union(coreSettings, serviceNowSettings, flowSettings)
    authClientId: authClientId
  }
  // The host needs its storage, queue and vault roles the moment it starts.
  dependsOn: [
    roles
  ]
}

module workbook 'modules/workbook.bicep' = {
  name: 'workbook'
  params: {
    location: location
    tags: tags
    appInsightsId: monitoring.outputs.appInsightsId
    workspaceId: monitoring.outputs.workspaceId
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    location: location
    tags: tags
    resourceToken: resourceToken
    appInsightsId: monitoring.outputs.appInsightsId
    serviceBusNamespaceId: serviceBus.outputs.id
    alertsQueueName: serviceBus.outputs.alertsQueueName
    alertEmail: alertEmail
  }
}

// azd stores these in the environment (.azure/<env>/.env); the hooks and README commands use them.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup().name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_MANAGED_IDENTITY_NAME string = identity.outputs.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_SERVICEBUS_NAMESPACE string = serviceBus.outputs.name
output AZURE_SERVICEBUS_ALERTS_QUEUE string = serviceBus.outputs.alertsQueueName
output AZURE_SERVICEBUS_CASE_EVENTS_TOPIC string = serviceBus.outputs.caseEventsTopicName
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output AZURE_COMMUNICATION_ENDPOINT string = communication.outputs.endpoint
output AZURE_EMAIL_SENDER string = communication.outputs.senderAddress
output AZURE_APPLICATION_INSIGHTS_NAME string = monitoring.outputs.appInsightsName
output AZURE_LOG_ANALYTICS_WORKSPACE_NAME string = monitoring.outputs.workspaceName
output AUTH_CLIENT_ID string = authClientId
