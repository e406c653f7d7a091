"""What other products do and whom they serve, as data: the background drift is measured on.

A claim drifts when it promises something the positioning never says. The embedder alone
cannot see it, because every concept of a business domain sits near some approved word
("payroll" is at 0.52 to "revenue"). So each concept is also compared with this list of
other offerings, markets and outcomes: a concept much nearer to "payroll processing" than to
anything the positioning says is about payroll, not revenue. Entries the positioning itself
covers are dropped for that project, so a payroll company's own "payroll" never counts.

Entries are specific on purpose: a capability, a category, a market, an outcome. Words that
describe any product ("dashboards", "reports", "integrations") would match honest copy.
"""

from __future__ import annotations

CAPABILITIES = """
payroll processing | running payroll | payroll taxes | sales tax filing | tax returns | tax
preparation | bookkeeping | accounting software | general ledger | invoicing customers |
accounts payable | accounts receivable | expense management | corporate credit cards |
payment processing | payment processor | merchant services | card terminals | point of sale
system | buy now pay later | consumer financing | business loans | working capital loans |
credit scoring | insurance policies | insurance claims | banking services | crypto trading |
investment advice | wealth management | budgeting and forecasting | procurement | supplier
onboarding | purchase orders | inventory management | warehouse management system | order
fulfilment | picking and packing | outbound shipping | freight forwarding | customs
clearance | route optimisation | fleet tracking | fuel cards | vehicle leasing | vehicle
financing | roadside assistance | dispatching technicians | field service management |
employee scheduling | shift swapping | time and attendance | timesheets | recruiting and
hiring | applicant tracking | background checks | job board | employee onboarding |
performance reviews | learning management system | online courses | employee benefits |
health insurance for employees | HR software | compensation planning | equity management |
customer relationship management | sales pipeline management | lead generation | lead
enrichment | sales dialer | call recording | sales coaching | quote and proposal software |
contract management | electronic signatures | document storage | file sharing | cloud
storage | data backup | disaster recovery | data warehouse | business intelligence | product
analytics | web analytics | A/B testing | session replay | heatmaps | customer surveys | net
promoter score | customer support helpdesk | live chat widget | AI chatbot | call center
software | knowledge base | community forum | email marketing | SMS marketing | marketing
automation | social media scheduling | influencer marketing | affiliate marketing | referral
program | loyalty program | rewards points | gift cards | discount coupons | paid
advertising | ad campaign optimisation | search engine optimisation | content management
system | website builder | landing page builder | blog hosting | online store builder |
online marketplace | online ordering | food delivery | table reservations | appointment
booking | telehealth video visits | electronic health records | medical billing | pharmacy
and prescriptions | lab results | clinical trials | medical devices | insurance billing |
legal advice | legal representation | debt collection | compliance audits | SOC 2 audits |
HIPAA compliance | GDPR compliance | security monitoring | antivirus | firewall | password
manager | identity verification | fraud detection | vulnerability scanning | penetration
testing | VPN | network monitoring | uptime monitoring | error tracking | on-call paging |
status page hosting | CI/CD pipelines | code review | project management software | task
tracking | team chat | video conferencing | note taking app | wiki software | online forms |
workflow automation | no-code app builder | spreadsheet software | AI writing assistant |
generative AI content | image generation | voice assistant | speech recognition | real-time
translation | transcription service | language learning | tutoring | facial recognition |
augmented reality | virtual reality | blockchain | NFTs | cryptocurrency payments |
predicting the future | product recommendations | personalised shopping | printing services
| 3D printing | photo editing | video editing | graphic design tool | music streaming |
video streaming | podcast hosting | event ticketing | travel booking | hotel booking | ride
sharing | car rental | meal kits | grocery delivery | fitness tracking | nutrition coaching
| mental health therapy | dating app | pet insurance | dog walking | home cleaning | real
estate listings | property management | mortgage lending | rent collection | office space
rental | coworking space | moving services | energy trading | solar panels | carbon offsets
| sustainability reporting | recycling services | smart home devices | IoT sensors | drones
| robotics | industrial machines | 3D scanning | hardware installation | on-site
installation | managed IT services | IT consulting | staffing agency | outsourced staff |
agency services | dedicated account team | 24/7 phone support | white-glove concierge
"""

MARKETS = """
hospitals | healthcare providers | medical practices | dental clinics | pharmacies | nursing
homes | schools | universities | students | teachers | government agencies | public sector |
city councils | military and defence | nonprofits | churches | charities | restaurants |
cafés | bars and nightclubs | hotels | airlines | banks | credit unions | insurance
companies | law firms | accounting firms | real estate agents | construction firms |
manufacturers | farms | energy companies | utilities | mining companies | oil and gas | car
dealerships | telecom operators | media companies | publishers | game studios | mobile game
developers | film studios | musicians | artists | creators and influencers | marketing
agencies | consultants | freelancers | solo founders | consumers | families | parents |
children | teenagers | seniors | pet owners | gyms | sports teams | retailers | grocery
stores | fashion brands | luxury brands | enterprise corporations | Fortune 500 | startups |
small businesses | individuals | developers | data scientists | designers
"""

OUTCOMES = """
lower insurance premiums | lower tax bills | more website traffic | more social media
followers | viral growth | guaranteed revenue growth | doubling sales | faster shipping to
shoppers | lower cloud bills | passing audits | legal compliance guaranteed | zero downtime
| no outages ever | never losing data | better employee morale | higher wages | weight loss
| better sleep | happier pets | better grades
"""


def _entries(text: str) -> tuple[str, ...]:
    return tuple(" ".join(e.split()) for e in text.split("|") if e.strip())


OFFERINGS: tuple[str, ...] = _entries(CAPABILITIES) + _entries(MARKETS) + _entries(OUTCOMES)
