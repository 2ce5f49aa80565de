-- Build the analytics copy of a patients table without direct identifiers.
-- pipeline_secret holds one value fetched at run time from a secret store; it never lands in
-- the output, so nobody who only sees patients_pseudonymised can recompute patient_key.
CREATE OR REPLACE TABLE patients_pseudonymised AS
SELECT
    sha256(s.secret || ':' || p.patient_id)  AS patient_key,     -- keyed hash: joinable, not reversible
    sha256(p.blood_type)                     AS blood_type_hash, -- unsalted hash: a mistake, see next sample
    year(p.birth_date)                       AS birth_year,      -- generalised from a full date
    split_part(p.postcode, ' ', 1)           AS postcode_area,   -- generalised to the outward code
    p.diagnosis_code
FROM patients AS p
CROSS JOIN pipeline_secret AS s;             -- name and full postcode are simply not selected
