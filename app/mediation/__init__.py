"""三治共促: people's mediation cases (cases, agreements), deliberation meetings
(meetings), virtue activities (activities), legal advisers, police liaisons and
the "three zeros" (law), and their figures (kpis). See docs/mediation.md."""
