using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyScan.Benchmarks;

/// <summary>
/// Writes a realistic <c>terraform show -json</c> plan of many resources, deterministic for a seed: AWS resources of
/// common types (buckets with nested blocks, security groups with ingress lists, role policies with a JSON policy
/// string, databases, functions with environments, ...) in instances of a child module (<c>for_each</c> keys) and of
/// a module nested in it, each resource with a <c>count</c> index; <c>resource_changes</c> with the planned value again
/// as <c>after</c> and <c>after_unknown</c> marks, as Terraform writes them; and a <c>configuration</c> section whose
/// expressions reference other resources. About 10 KB per resource, so 10,000 resources make about 100 MB, written as
/// Terraform writes it (one line, non-ASCII characters as they are).
/// </summary>
public static class PlanGenerator
{
    /// <summary>Resources per instance of the service module: <see cref="ServiceTypes"/> and <see cref="StorageTypes"/>, each <see cref="Count"/> times.</summary>
    private const int PerService = (6 + 4) * Count;

    private const int Count = 10;

    private static readonly string[] ServiceTypes = ["aws_s3_bucket", "aws_s3_bucket_public_access_block", "aws_security_group", "aws_iam_role", "aws_iam_role_policy", "aws_lambda_function"];

    private static readonly string[] StorageTypes = ["aws_db_instance", "aws_kms_key", "aws_s3_bucket", "aws_dynamodb_table"];

    private static readonly string[] Actions = ["create", "no-op", "no-op", "update", "create"];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>Writes the plan to <paramref name="path"/> and returns its resource count.</summary>
    public static int Write(string path, int resources = 10_000, int seed = 20260101)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        var services = (resources + PerService - 1) / PerService;
        var all = Enumerable.Range(0, resources).Select(i => Describe(i, seed)).ToList();

        writer.WriteStartObject();
        writer.WriteString("format_version", "1.2");
        writer.WriteString("terraform_version", "1.9.5");
        writer.WriteStartObject("variables");
        writer.WriteStartObject("region");
        writer.WriteString("value", "eu-west-1");
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("planned_values");
        writer.WriteStartObject("root_module");
        writer.WriteStartArray("child_modules");
        for (var s = 0; s < services; s++)
        {
            var inService = all.Where(r => r.Service == s).ToList();
            writer.WriteStartObject();
            writer.WriteString("address", ServiceAddress(s));
            writer.WriteStartArray("resources");
            foreach (var resource in inService.Where(r => !r.InStorage))
            {
                WritePlanned(writer, resource);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("child_modules");
            writer.WriteStartObject();
            writer.WriteString("address", StorageAddress(s));
            writer.WriteStartArray("resources");
            foreach (var resource in inService.Where(r => r.InStorage))
            {
                WritePlanned(writer, resource);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartArray("resource_changes");
        foreach (var resource in all)
        {
            WriteChange(writer, resource);
        }

        writer.WriteEndArray();

        WriteConfiguration(writer);
        writer.WriteEndObject();
        writer.Flush();
        return resources;
    }

    private sealed record Described(int Index, int Service, bool InStorage, string Type, string Name, int CountIndex, int Seed)
    {
        public string ModuleAddress => InStorage ? StorageAddress(Service) : ServiceAddress(Service);

        public string Address => $"{ModuleAddress}.{Type}.{Name}[{CountIndex}]";

        public string Action => Actions[Index % Actions.Length];
    }

    private static Described Describe(int index, int seed)
    {
        var service = index / PerService;
        var within = index % PerService;
        var inStorage = within >= ServiceTypes.Length * Count;
        var local = inStorage ? within - (ServiceTypes.Length * Count) : within;
        var types = inStorage ? StorageTypes : ServiceTypes;
        var type = types[local % types.Length];
        var name = type == "aws_s3_bucket" && inStorage ? "archive" : NameOf(type);
        return new Described(index, service, inStorage, type, name, local / types.Length, seed + index);
    }

    private static string NameOf(string type) => type switch
    {
        "aws_s3_bucket" or "aws_s3_bucket_public_access_block" => "logs",
        "aws_security_group" => "web",
        "aws_iam_role" or "aws_iam_role_policy" or "aws_lambda_function" => "api",
        "aws_db_instance" => "main",
        "aws_kms_key" => "data",
        _ => "state",
    };

    private static string ServiceAddress(int service) => $"module.service[\"svc-{service:D3}\"]";

    private static string StorageAddress(int service) => $"{ServiceAddress(service)}.module.storage[0]";

    private static void WritePlanned(Utf8JsonWriter writer, Described resource)
    {
        writer.WriteStartObject();
        writer.WriteString("address", resource.Address);
        writer.WriteString("mode", "managed");
        writer.WriteString("type", resource.Type);
        writer.WriteString("name", resource.Name);
        writer.WriteNumber("index", resource.CountIndex);
        writer.WriteString("provider_name", "registry.terraform.io/hashicorp/aws");
        writer.WriteNumber("schema_version", 0);
        writer.WritePropertyName("values");
        WriteValues(writer, resource);
        writer.WritePropertyName("sensitive_values");
        WriteSensitive(writer, resource);
        writer.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter writer, Described resource)
    {
        writer.WriteStartObject();
        writer.WriteString("address", resource.Address);
        writer.WriteString("module_address", resource.ModuleAddress);
        writer.WriteString("mode", "managed");
        writer.WriteString("type", resource.Type);
        writer.WriteString("name", resource.Name);
        writer.WriteNumber("index", resource.CountIndex);
        writer.WriteString("provider_name", "registry.terraform.io/hashicorp/aws");
        writer.WriteStartObject("change");
        writer.WriteStartArray("actions");
        writer.WriteStringValue(resource.Action);
        writer.WriteEndArray();
        writer.WritePropertyName("before");
        if (resource.Action == "create")
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteValues(writer, resource);
        }

        writer.WritePropertyName("after");
        WriteValues(writer, resource);
        writer.WriteStartObject("after_unknown");
        if (resource.Action == "create")
        {
            writer.WriteBoolean("arn", true);
            writer.WriteBoolean("id", true);
            if (resource.Type == "aws_s3_bucket_public_access_block" || resource.Type == "aws_iam_role_policy")
            {
                writer.WriteBoolean(resource.Type == "aws_iam_role_policy" ? "role" : "bucket", true);
            }
        }

        writer.WriteStartObject("tags_all");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WritePropertyName("before_sensitive");
        WriteSensitive(writer, resource);
        writer.WritePropertyName("after_sensitive");
        WriteSensitive(writer, resource);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteSensitive(Utf8JsonWriter writer, Described resource)
    {
        writer.WriteStartObject();
        if (resource.Type == "aws_db_instance")
        {
            writer.WriteBoolean("password", true);
        }

        writer.WriteStartObject("tags");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The resource's planned value; the same bytes each time for the same resource.</summary>
    private static void WriteValues(Utf8JsonWriter writer, Described resource)
    {
        var random = new Random(resource.Seed);
        var service = $"svc-{resource.Service:D3}";
        var id = $"{service}-{resource.Name}-{resource.CountIndex}";
        writer.WriteStartObject();
        switch (resource.Type)
        {
            case "aws_s3_bucket":
                writer.WriteString("bucket", $"acme-{id}");
                writer.WriteNull("bucket_prefix");
                writer.WriteBoolean("force_destroy", false);
                writer.WriteBoolean("object_lock_enabled", random.Next(4) == 0);
                writer.WriteStartArray("server_side_encryption_configuration");
                writer.WriteStartObject();
                writer.WriteStartArray("rule");
                writer.WriteStartObject();
                writer.WriteStartArray("apply_server_side_encryption_by_default");
                writer.WriteStartObject();
                writer.WriteString("kms_master_key_id", random.Next(3) == 0 ? string.Empty : $"arn:aws:kms:eu-west-1:123456789012:key/{Guid(random)}");
                writer.WriteString("sse_algorithm", random.Next(3) == 0 ? "AES256" : "aws:kms");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteBoolean("bucket_key_enabled", true);
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartArray("versioning");
                writer.WriteStartObject();
                writer.WriteBoolean("enabled", random.Next(5) != 0);
                writer.WriteBoolean("mfa_delete", false);
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartArray("logging");
                writer.WriteStartObject();
                writer.WriteString("target_bucket", $"acme-{service}-access-logs");
                writer.WriteString("target_prefix", $"{id}/");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartArray("lifecycle_rule");
                for (var i = 0; i < 3; i++)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", $"expire-{i}");
                    writer.WriteBoolean("enabled", true);
                    writer.WriteString("prefix", $"logs/{i}/");
                    writer.WriteStartArray("expiration");
                    writer.WriteStartObject();
                    writer.WriteNumber("days", 30 * (i + 1));
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case "aws_s3_bucket_public_access_block":
                writer.WriteString("bucket", $"acme-{id}");
                writer.WriteBoolean("block_public_acls", true);
                writer.WriteBoolean("block_public_policy", random.Next(6) != 0);
                writer.WriteBoolean("ignore_public_acls", true);
                writer.WriteBoolean("restrict_public_buckets", true);
                break;
            case "aws_security_group":
                writer.WriteString("name", $"{id}-sg");
                writer.WriteString("description", $"Web tier of {service}, managed by Terraform; allows HTTPS from the load balancers and the office ranges");
                writer.WriteString("vpc_id", $"vpc-{random.Next():x8}");
                writer.WriteStartArray("ingress");
                for (var i = 0; i < 8; i++)
                {
                    writer.WriteStartObject();
                    writer.WriteString("description", $"rule {i} for {id}: from the office range {i}");
                    writer.WriteNumber("from_port", i == 7 && random.Next(4) == 0 ? 22 : 443);
                    writer.WriteNumber("to_port", i == 7 && random.Next(4) == 0 ? 22 : 443);
                    writer.WriteString("protocol", "tcp");
                    writer.WriteStartArray("cidr_blocks");
                    writer.WriteStringValue(i == 7 && random.Next(3) == 0 ? "0.0.0.0/0" : $"10.{random.Next(256)}.{random.Next(256)}.0/24");
                    writer.WriteStringValue($"172.16.{random.Next(256)}.0/24");
                    writer.WriteEndArray();
                    writer.WriteStartArray("ipv6_cidr_blocks");
                    writer.WriteEndArray();
                    writer.WriteStartArray("prefix_list_ids");
                    writer.WriteEndArray();
                    writer.WriteStartArray("security_groups");
                    writer.WriteEndArray();
                    writer.WriteBoolean("self", false);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("egress");
                writer.WriteStartObject();
                writer.WriteString("description", "all outbound");
                writer.WriteNumber("from_port", 0);
                writer.WriteNumber("to_port", 0);
                writer.WriteString("protocol", "-1");
                writer.WriteStartArray("cidr_blocks");
                writer.WriteStringValue("0.0.0.0/0");
                writer.WriteEndArray();
                writer.WriteBoolean("self", false);
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteBoolean("revoke_rules_on_delete", false);
                break;
            case "aws_iam_role":
                writer.WriteString("name", $"{id}-role");
                writer.WriteString("path", "/service/");
                writer.WriteString("assume_role_policy", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""");
                writer.WriteNumber("max_session_duration", 3600);
                writer.WriteStartArray("managed_policy_arns");
                writer.WriteStringValue("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
                writer.WriteStringValue("arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess");
                writer.WriteEndArray();
                break;
            case "aws_iam_role_policy":
                writer.WriteString("name", $"{id}-policy");
                writer.WriteString("role", $"{id}-role");
                writer.WriteString("policy", PolicyDocument(random, id));
                break;
            case "aws_lambda_function":
                writer.WriteString("function_name", $"{id}-handler");
                writer.WriteString("runtime", "python3.12");
                writer.WriteString("handler", "app.handler");
                writer.WriteNumber("memory_size", 128 << random.Next(4));
                writer.WriteNumber("timeout", 30);
                writer.WriteString("role", $"arn:aws:iam::123456789012:role/service/{id}-role");
                writer.WriteNull("kms_key_arn");
                writer.WriteStartArray("environment");
                writer.WriteStartObject();
                writer.WriteStartObject("variables");
                for (var i = 0; i < 12; i++)
                {
                    writer.WriteString($"SETTING_{i:D2}", $"value-{random.Next():x8}-{id}");
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartArray("tracing_config");
                writer.WriteStartObject();
                writer.WriteString("mode", random.Next(2) == 0 ? "Active" : "PassThrough");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartArray("vpc_config");
                writer.WriteStartObject();
                writer.WriteStartArray("subnet_ids");
                writer.WriteStringValue($"subnet-{random.Next():x8}");
                writer.WriteStringValue($"subnet-{random.Next():x8}");
                writer.WriteEndArray();
                writer.WriteStartArray("security_group_ids");
                writer.WriteStringValue($"sg-{random.Next():x8}");
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                break;
            case "aws_db_instance":
                writer.WriteString("identifier", $"{id}-db");
                writer.WriteString("engine", "postgres");
                writer.WriteString("engine_version", "16.3");
                writer.WriteString("instance_class", "db.t3.medium");
                writer.WriteNumber("allocated_storage", 100);
                writer.WriteBoolean("storage_encrypted", random.Next(5) != 0);
                writer.WriteBoolean("publicly_accessible", random.Next(8) == 0);
                writer.WriteBoolean("multi_az", true);
                writer.WriteNumber("backup_retention_period", random.Next(2) == 0 ? 0 : 7);
                writer.WriteBoolean("deletion_protection", true);
                writer.WriteBoolean("iam_database_authentication_enabled", random.Next(2) == 0);
                writer.WriteString("username", "app");
                writer.WriteStartArray("enabled_cloudwatch_logs_exports");
                writer.WriteStringValue("postgresql");
                writer.WriteStringValue("upgrade");
                writer.WriteEndArray();
                break;
            case "aws_kms_key":
                writer.WriteString("description", $"Data key of {id}");
                writer.WriteBoolean("enable_key_rotation", random.Next(4) != 0);
                writer.WriteNumber("deletion_window_in_days", 30);
                writer.WriteString("policy", PolicyDocument(random, id));
                break;
            default:
                writer.WriteString("name", $"{id}-table");
                writer.WriteString("billing_mode", "PAY_PER_REQUEST");
                writer.WriteString("hash_key", "pk");
                writer.WriteStartArray("point_in_time_recovery");
                writer.WriteStartObject();
                writer.WriteBoolean("enabled", random.Next(3) != 0);
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartArray("server_side_encryption");
                writer.WriteStartObject();
                writer.WriteBoolean("enabled", true);
                writer.WriteEndObject();
                writer.WriteEndArray();
                break;
        }

        // Tags as teams write them, some with non-ASCII characters, as plans carry them.
        foreach (var name in new[] { "tags", "tags_all" })
        {
            writer.WriteStartObject(name);
            writer.WriteString("Name", id);
            writer.WriteString("Service", service);
            writer.WriteString("Environment", "production");
            writer.WriteString("Owner", resource.Index % 7 == 0 ? "équipe-données@acme.example" : "platform-team@acme.example");
            writer.WriteString("CostCenter", $"cc-{random.Next(100, 999)}");
            writer.WriteString("Compliance", "pci-dss,iso-27001,soc2");
            writer.WriteString("Repository", "https://git.acme.example/platform/infrastructure-live");
            writer.WriteString("ManagedBy", "terraform");
            writer.WriteString("DataClassification", random.Next(2) == 0 ? "confidential" : "internal");
            writer.WriteString("Description", $"{resource.Type} {resource.Name} of {service} (instance {resource.CountIndex}), created for the benchmark plan with realistic tag volume");
            writer.WriteString("Runbook", $"https://wiki.acme.example/platform/runbooks/{service}/{resource.Type}/{resource.Name}");
            writer.WriteString("Dashboard", $"https://grafana.acme.example/d/{random.Next():x8}/{service}-{resource.Name}-overview?orgId=1");
            writer.WriteString("Alerting", $"pagerduty:{service}-primary,slack:#alerts-{service},email:oncall-{service}@acme.example");
            writer.WriteString("BackupPolicy", "daily-35d,weekly-12w,monthly-12m; cross-region copy to eu-central-1");
            writer.WriteString("LastReviewed", $"2026-{random.Next(1, 13):D2}-{random.Next(1, 29):D2} by the platform security review board");
            writer.WriteString("ChangeTicket", $"CHG-{random.Next(100000, 999999)}: rollout of {service} wave {resource.Service % 5}");
            writer.WriteString("Notes", "Imported from the legacy account in 2024; keep the name stable, downstream consumers pin it in their IAM policies");
            writer.WriteEndObject();
        }

        writer.WriteString("id", $"{id}-{random.Next():x8}");
        writer.WriteString("arn", $"arn:aws:{resource.Type[4..resource.Type.IndexOf('_', 4)]}:eu-west-1:123456789012:{id}");
        writer.WriteEndObject();
    }

    /// <summary>An IAM policy document as a JSON string, as providers write it: a few statements over the service's resources.</summary>
    private static string PolicyDocument(Random random, string id)
    {
        var statements = Enumerable.Range(0, 10).Select(i =>
        {
            var wildcard = i == 9 && random.Next(5) == 0;
            var actions = wildcard ? "\"*\"" : string.Join(",", new[] { "s3:GetObject", "s3:PutObject", "s3:ListBucket", "kms:Decrypt", "kms:GenerateDataKey", "logs:PutLogEvents" }.Take(2 + (i % 4)).Select(a => $"\"{a}\""));
            var key = Guid(random);
            var organisation = random.Next().ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            return "{\"Sid\":\"Statement" + i + "\",\"Effect\":\"Allow\",\"Action\":[" + actions + "],\"Resource\":[\"arn:aws:s3:::acme-" + id + "\",\"arn:aws:s3:::acme-" + id + "/*\",\"arn:aws:kms:eu-west-1:123456789012:key/" + key + "\"],\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-" + organisation + "\"}}}";
        });
        return $$"""{"Version":"2012-10-17","Statement":[{{string.Join(",", statements)}}]}""";
    }

    private static string Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new System.Guid(bytes).ToString();
    }

    private static void WriteConfiguration(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("configuration");
        writer.WriteStartObject("provider_config");
        writer.WriteStartObject("aws");
        writer.WriteString("name", "aws");
        writer.WriteString("full_name", "registry.terraform.io/hashicorp/aws");
        writer.WriteStartObject("expressions");
        writer.WriteStartObject("region");
        writer.WriteStartArray("references");
        writer.WriteStringValue("var.region");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("root_module");
        writer.WriteStartObject("module_calls");
        writer.WriteStartObject("service");
        writer.WriteString("source", "./modules/service");
        writer.WriteStartObject("for_each_expression");
        writer.WriteStartArray("references");
        writer.WriteStringValue("local.services");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("module");
        WriteConfigurationResources(writer, ServiceTypes, storage: false);
        writer.WriteStartObject("module_calls");
        writer.WriteStartObject("storage");
        writer.WriteString("source", "../storage");
        writer.WriteStartObject("count_expression");
        writer.WriteNumber("constant_value", 1);
        writer.WriteEndObject();
        writer.WriteStartObject("module");
        WriteConfigurationResources(writer, StorageTypes, storage: true);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteConfigurationResources(Utf8JsonWriter writer, string[] types, bool storage)
    {
        writer.WriteStartArray("resources");
        foreach (var type in types)
        {
            var name = type == "aws_s3_bucket" && storage ? "archive" : NameOf(type);
            writer.WriteStartObject();
            writer.WriteString("address", $"{type}.{name}");
            writer.WriteString("mode", "managed");
            writer.WriteString("type", type);
            writer.WriteString("name", name);
            writer.WriteString("provider_config_key", "aws");
            writer.WriteStartObject("expressions");
            switch (type)
            {
                case "aws_s3_bucket_public_access_block":
                    References(writer, "bucket", "aws_s3_bucket.logs[count.index].id", "aws_s3_bucket.logs");
                    Constant(writer, "block_public_acls", true);
                    break;
                case "aws_iam_role_policy":
                    References(writer, "role", "aws_iam_role.api[count.index].id", "aws_iam_role.api");
                    break;
                case "aws_lambda_function":
                    References(writer, "role", "aws_iam_role.api[count.index].arn", "aws_iam_role.api");
                    break;
                case "aws_s3_bucket":
                    writer.WriteStartArray("server_side_encryption_configuration");
                    writer.WriteStartObject();
                    writer.WriteStartArray("rule");
                    writer.WriteStartObject();
                    writer.WriteStartArray("apply_server_side_encryption_by_default");
                    writer.WriteStartObject();
                    References(writer, "kms_master_key_id", "var.kms_key_arn");
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                    break;
                default:
                    References(writer, "tags", "local.tags");
                    break;
            }

            writer.WriteEndObject();
            writer.WriteNumber("schema_version", 0);
            writer.WriteStartObject("count_expression");
            writer.WriteNumber("constant_value", Count);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void References(Utf8JsonWriter writer, string attribute, params string[] references)
    {
        writer.WriteStartObject(attribute);
        writer.WriteStartArray("references");
        foreach (var reference in references)
        {
            writer.WriteStringValue(reference);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Constant(Utf8JsonWriter writer, string attribute, bool value)
    {
        writer.WriteStartObject(attribute);
        writer.WriteBoolean("constant_value", value);
        writer.WriteEndObject();
    }
}
