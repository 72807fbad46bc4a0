// TaskBot on Azure, in one resource group:
//   Storage account (tables)      <- the web app's managed identity, Storage Table Data Contributor (no key)
//   Key Vault (RBAC)              <- holds the bot's client secret; the web app reads it as a Key Vault reference
//   App Service plan + Web App    Linux, .NET 10, /healthz, always on, HTTPS only
//   Application Insights          connection string in the app settings
//   Azure Bot (single tenant)     Teams channel, messaging endpoint https://<web app>/api/messages
// Deploy: az deployment group create -g <group> -f infra/main.bicep -p infra/main.parameters.json -p botAppSecret=...
// (docs/deployment.md walks through the whole procedure).

targetScope = 'resourceGroup'

@description('Short lowercase name that prefixes every resource; a hash of the resource group makes names unique.')
@minLength(3)
@maxLength(12)
param baseName string = 'taskbot'

@description('Region of every resource except the bot, which is global.')
param location string = resourceGroup().location

@description('Client (application) id of the single-tenant Entra ID app registration the bot signs in with.')
@minLength(36)
@maxLength(36)
param botAppId string

@description('Tenant of that app registration. Only this tenant\'s users can reach the bot.')
param botAppTenantId string = tenant().tenantId

@description('A client secret of that app registration. Stored only in Key Vault.')
@secure()
param botAppSecret string

@description('Name users see for the bot in Azure (Teams shows the app manifest\'s name).')
param botDisplayName string = '督办助手'

@description('Azure Bot pricing tier. Teams is a standard channel, free on F0.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan size. Basic or above is needed for always-on.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'B1'

@description('Days Log Analytics keeps Application Insights data.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

var suffix = uniqueString(resourceGroup().id)
var storageAccountName = take('st${toLower(replace(baseName, '-', ''))}${suffix}', 24)
var keyVaultName = take('kv-${baseName}-${suffix}', 24)
var webAppName = '${baseName}-${suffix}'
var botSecretName = 'MicrosoftAppPassword'

// Built-in role definition ids (the same in every subscription).
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The app signs in with its managed identity; account keys are switched off so none can leak.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2024-01-01' = {
  parent: storage
  name: 'default'
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
  }
}

resource botSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: botSecretName
  properties: {
    value: botAppSecret
    contentType: 'Entra ID client secret of the bot app registration'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${baseName}-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${baseName}-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${baseName}-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet TaskBot.dll'
      alwaysOn: true // reminders are sent by an in-process scheduler
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        {
          name: 'TaskBot__Storage__Provider'
          value: 'AzureTables'
        }
        {
          // No connection string: the app uses DefaultAzureCredential, i.e. this site's managed identity.
          name: 'TaskBot__Storage__AzureTables__Endpoint'
          value: storage.properties.primaryEndpoints.table
        }
        {
          name: 'TaskBot__AllowedTenants'
          value: botAppTenantId
        }
        {
          name: 'MicrosoftAppType'
          value: 'SingleTenant'
        }
        {
          name: 'MicrosoftAppId'
          value: botAppId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: botAppTenantId
        }
        {
          // Resolved by App Service with the site identity; the secret never appears in the site configuration.
          name: 'MicrosoftAppPassword'
          value: '@Microsoft.KeyVault(SecretUri=${botSecret.properties.secretUri})'
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
        {
          name: 'TZ'
          value: 'Asia/Shanghai'
        }
      ]
    }
  }
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, webApp.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, webApp.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${baseName}-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'SingleTenant'
    msaAppId: botAppId
    msaAppTenantId: botAppTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The bot id: pass it to package-app as --bot-id.')
output botId string = botAppId

@description('The web app host name: pass it to package-app as --host.')
output webAppHostName string = webApp.properties.defaultHostName

@description('Where to deploy the service (az webapp deploy -n ...).')
output webAppName string = webApp.name

output keyVaultName string = vault.name
output tableEndpoint string = storage.properties.primaryEndpoints.table
