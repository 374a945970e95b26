"use strict";
/** The raw handler's one statement (raw-server.js), also EXPLAINed by the portal bench. */
// The version in force today: published at some point, effective_from <= today < effective_to.
const RAW_SQL = `
  SELECT s.id, s.registry_number, s.name, a.id AS a_id, a.name AS a_name, a.oktmo,
         v.id AS v_id, v.number, v.effective_from::text AS effective_from, v.content::text AS content
  FROM service s
  JOIN authority a ON a.id = s.authority_id
  LEFT JOIN LATERAL (
    SELECT sv.id, sv.number, sv.effective_from, sv.content FROM standard_version sv
    WHERE sv.service_id = s.id AND sv.status IN ('PUBLISHED', 'WITHDRAWN')
      AND sv.effective_from <= $2::date AND (sv.effective_to IS NULL OR sv.effective_to > $2::date)
    ORDER BY sv.effective_from DESC, sv.number DESC LIMIT 1
  ) v ON true
  WHERE s.registry_number = $1`;

module.exports = { RAW_SQL };
