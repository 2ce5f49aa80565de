-- Redshift only. Land a Kinesis data stream in a materialized view, with no S3 staging.
CREATE EXTERNAL SCHEMA clickstream
FROM KINESIS
IAM_ROLE 'arn:aws:iam::111122223333:role/RedshiftStreamingRole';

CREATE MATERIALIZED VIEW web_clicks_live
AUTO REFRESH YES
AS
SELECT approximate_arrival_timestamp,
       partition_key,
       JSON_PARSE(kinesis_data) AS payload
FROM clickstream.web_clicks
WHERE CAN_JSON_PARSE(kinesis_data);
