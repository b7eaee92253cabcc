/**
 * The lists the national bench times (bench/national/run.ts): each an API call the office's
 * screens make, and the raw SQL that answers the same question — the page's rows with what the
 * screen shows of them, and the total — written by hand as the floor.
 */
import type pg from "pg";

export type Case = { label: string; url: string; sql: { text: string; values?: unknown[] }[] };

export async function nationalCases(db: pg.Pool): Promise<Case[]> {
  const plan = await db.query(
    "select id from plans where not is_template order by (status = 'issued') desc, created_at desc limit 1",
  );
  const planId = plan.rows[0].id as string;
  const conf = await db.query(
    "select c.id from conferences c join units u on u.id = c.unit_id where u.code = 'nat-5000' limit 1",
  );
  const conferenceId = conf.rows[0].id as string;
  const confPage = (extra: string, values: unknown[]) => [
    {
      text: `select c.id, c.title, c.status, u.name, count(d.id) as delegates
        from (select c.* from conferences c join units u on u.id = c.unit_id
              where c.plan_id = $1 ${extra} order by c.kind, u.search_key limit 50) c
        join units u on u.id = c.unit_id left join delegates d on d.conference_id = c.id
        group by c.id, c.title, c.status, u.name`,
      values: [planId, ...values],
    },
    {
      text: `select count(*) from conferences c join units u on u.id = c.unit_id where c.plan_id = $1 ${extra}`,
      values: [planId, ...values],
    },
  ];
  const search = (words: string[]) => [
    {
      text: `select p.id, p.full_name, u.name from persons p join units u on u.id = p.unit_id
        where ${words.map((_, i) => `p.search_key like $${i + 1}`).join(" and ")}
        order by p.sort_key limit 50`,
      values: words.map((w) => `%${w}%`),
    },
    {
      text: `select count(*) from persons p where ${words.map((_, i) => `p.search_key like $${i + 1}`).join(" and ")}`,
      values: words.map((w) => `%${w}%`),
    },
  ];
  return [
    {
      label: "conferences, page 1",
      url: "/api/conferences?page=1&limit=50",
      sql: confPage("", []),
    },
    {
      label: "conferences, page 100",
      url: "/api/conferences?page=100&limit=50",
      sql: confPage("", []).map((s, i) =>
        i === 0 ? { ...s, text: s.text.replace("limit 50", "limit 50 offset 4950") } : s,
      ),
    },
    {
      label: "conferences, status=held, q=ba dinh",
      url: "/api/conferences?status=held&q=ba%20dinh&limit=50",
      sql: confPage("and c.status = $2 and u.search_key like $3", ["held", "%ba dinh%"]),
    },
    {
      label: "search: nguyen van an",
      url: "/api/search/people?q=nguyen%20van%20an",
      sql: search(["nguyen", "van", "an"]),
    },
    { label: "search: huong", url: "/api/search/people?q=huong", sql: search(["huong"]) },
    {
      label: "search: do thi thanh nghia",
      url: "/api/search/people?q=do%20thi%20thanh%20nghia",
      sql: search(["do", "thi", "thanh", "nghia"]),
    },
    {
      label: "people list, page 1",
      url: "/api/people?page=1&limit=50",
      sql: [
        {
          text: "select p.*, u.name from persons p join units u on u.id = p.unit_id order by p.sort_key, p.id limit 50",
        },
        { text: "select count(*) from persons" },
      ],
    },
    {
      label: "duplicates, page 1",
      url: "/api/duplicates?page=1&limit=50",
      sql: [
        {
          // The summary kept by migration 0027's triggers; the floor before it was the grouping of
          // every person with a birth year (2.6–3.5 s here under load).
          text: `select k.identity_key, p.id, p.full_name, u.name
            from (select identity_key from person_duplicate_keys where pairs > dismissed
                  order by sort_key collate "C", identity_key collate "C" limit 50) k
            join persons p on p.identity_key = k.identity_key and p.birth_year is not null
            join units u on u.id = p.unit_id`,
        },
        { text: "select count(*) from person_duplicate_keys where pairs > dismissed" },
      ],
    },
    {
      label: "progress board, page 1",
      url: "/api/progress?page=1&limit=100",
      sql: [
        {
          text: `select pp.unit_id, u.name, s.status, c.status, count(di.id)
            from plan_participants pp join units u on u.id = pp.unit_id
            left join unit_plan_submissions s on s.plan_id = pp.plan_id and s.unit_id = pp.unit_id
            left join conferences c on c.plan_id = pp.plan_id and c.unit_id = pp.unit_id
            left join dossier_items di on di.plan_id = pp.plan_id and di.unit_id = pp.unit_id
            where pp.plan_id = $1 group by pp.unit_id, u.name, u.search_key, s.status, c.status
            order by u.search_key limit 100`,
          values: [planId],
        },
        {
          text: `select (c.status in ('held','closed')) as held, count(*) from plan_participants pp
            left join conferences c on c.plan_id = pp.plan_id and c.unit_id = pp.unit_id
            where pp.plan_id = $1 group by 1`,
          values: [planId],
        },
      ],
    },
    {
      label: "units list",
      url: "/api/units?page=1&limit=100",
      sql: [
        {
          text: `select u.*, k.name from units u join unit_kinds k on k.code = u.kind_code
            where u.active order by u.search_key, u.id limit 100`,
        },
        { text: "select count(*) from units where active" },
      ],
    },
    {
      label: "conference with its 100 delegates",
      url: `/api/conferences/${conferenceId}`,
      sql: [
        { text: "select * from conferences where id = $1", values: [conferenceId] },
        {
          text: `select d.*, p.full_name, p.birth_year, p.position, u.name from delegates d
            join persons p on p.id = d.person_id join units u on u.id = p.unit_id where d.conference_id = $1`,
          values: [conferenceId],
        },
      ],
    },
    {
      label: "audit, page 1",
      url: "/api/audit?page=1&pageSize=50",
      sql: [
        { text: "select * from audit_events order by id desc limit 50" },
        { text: "select count(*) from audit_events" },
      ],
    },
    {
      label: "audit, one unit",
      url: `/api/audit?page=1&pageSize=50&unitId=${await unitId(db, "nat-777")}`,
      sql: [
        {
          text: "select * from audit_events where unit_id = $1 order by id desc limit 50",
          values: [await unitId(db, "nat-777")],
        },
        {
          text: "select count(*) from audit_events where unit_id = $1",
          values: [await unitId(db, "nat-777")],
        },
      ],
    },
  ];
}

async function unitId(db: pg.Pool, code: string): Promise<string> {
  return (await db.query("select id from units where code = $1", [code])).rows[0].id;
}
