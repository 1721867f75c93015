# A deliberately insecure slice of a telehealth "sovereign LLM" stack: transcripts of patient
# consultations land in S3 and a SageMaker notebook reads them. Every misconfiguration here is one
# that healthcare AI audits keep finding. Do not deploy.

variable "environment" {
  type    = string
  default = "dev"
}

variable "transcript_readers" {
  type    = list(string)
  default = ["*"]
}

provider "aws" {
  region = "eu-central-1"
  default_tags {
    tags = {
      data-classification = "phi"
      environment         = var.environment
    }
  }
}

locals {
  name_prefix = "telehealth-${var.environment}"
}

resource "aws_s3_bucket" "transcripts" {
  bucket = "${local.name_prefix}-transcripts"
}

resource "aws_s3_bucket_acl" "transcripts" {
  bucket = aws_s3_bucket.transcripts.id
  acl    = "public-read"
}

data "aws_iam_policy_document" "transcripts" {
  statement {
    sid       = "ReadTranscripts"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.transcripts.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = var.transcript_readers
    }
  }
}

resource "aws_s3_bucket_policy" "transcripts" {
  bucket = aws_s3_bucket.transcripts.id
  policy = data.aws_iam_policy_document.transcripts.json
}

resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "${local.name_prefix}-research"
  role_arn               = aws_iam_role.notebook.arn
  instance_type          = "ml.t3.medium"
  root_access            = "Enabled"
  direct_internet_access = "Enabled"
}

resource "aws_iam_role" "notebook" {
  name = "${local.name_prefix}-notebook"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "sagemaker.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "notebook_admin" {
  role       = aws_iam_role.notebook.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_security_group" "notebook" {
  name = "${local.name_prefix}-notebook"

  dynamic "ingress" {
    for_each = [22, 8888]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

resource "aws_cloudtrail" "audit" {
  name                          = "${local.name_prefix}-audit"
  s3_bucket_name                = aws_s3_bucket.transcripts.id
  is_multi_region_trail         = false
  enable_log_file_validation    = false
}
