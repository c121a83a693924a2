import { z } from 'zod';
import { CalendarDateString, MoneyString, PeriodString } from './common.ts';
import { CardDataUpdate } from './data-update.ts';

export const Segment = z.enum(['PU', 'BPU', 'PMI']);
export type Segment = z.infer<typeof Segment>;
export const MembershipStatus = z.enum(['active', 'nonactive']);
export type MembershipStatus = z.infer<typeof MembershipStatus>;

export const Card = z
  .object({
    kpj: z.string().meta({ description: 'KPJ card number, 11 digits', example: '23012345678' }),
    segment: Segment,
    status: MembershipStatus,
    employer: z.object({ npp: z.string(), name: z.string() }).nullable(),
    joinedOn: CalendarDateString,
    leftOn: CalendarDateString.nullable(),
    jhtBalance: MoneyString,
    /** Pension (JP) contributions so far; paid as a lump sum or counted toward a pension later. */
    jpBalance: MoneyString,
    programs: z.array(z.enum(['JHT', 'JP', 'JKK', 'JKM', 'JKP'])).meta({
      description: 'The programs this card is enrolled in',
    }),
    lastPaymentDate: CalendarDateString.nullable(),
    dataUpdate: CardDataUpdate.meta({
      description: "This card's data update (pengkinian data): the app prompts while it is required",
    }),
  })
  .meta({ id: 'Card' });
export type Card = z.infer<typeof Card>;

export const CardsResponse = z
  .object({
    asOf: CalendarDateString,
    totalJhtBalance: MoneyString,
    cards: z.array(Card),
  })
  .meta({ id: 'CardsResponse' });
export type CardsResponse = z.infer<typeof CardsResponse>;

export const AddCardBody = z
  .object({
    kpj: z.string().max(32).meta({ description: 'KPJ number as on the card; spaces and dots are ignored' }),
  })
  .meta({ id: 'AddCardBody' });
export type AddCardBody = z.infer<typeof AddCardBody>;

export const FoundCard = Card.extend({
  nameMatches: z.boolean().meta({
    description: "Whether the name registered with the card matches the account's; linking needs a match",
  }),
}).meta({ id: 'FoundCard' });
export type FoundCard = z.infer<typeof FoundCard>;

export const FoundCardsResponse = z.object({ cards: z.array(FoundCard) }).meta({ id: 'FoundCardsResponse' });
export type FoundCardsResponse = z.infer<typeof FoundCardsResponse>;

export const KpjParams = z.object({ kpj: z.string().regex(/^\d{11}$/) });

export const StatementQuery = z.object({
  year: z.coerce.number().int().min(1977).max(9999).optional(),
});

export const StatementMonth = z
  .object({
    period: PeriodString,
    opening: MoneyString,
    contributions: MoneyString,
    developmentReturn: MoneyString,
    /** Transfers between the member's cards (merging), and later payouts and reversals. */
    other: MoneyString,
    closing: MoneyString,
    reportedWage: MoneyString.nullable(),
    lastPaymentDate: CalendarDateString.nullable(),
    wageChange: z.enum(['up', 'down', 'same']).nullable().meta({
      description: 'The reported wage compared with the one reported before; a drop is worth asking about',
    }),
    explanation: z.object({ id: z.array(z.string()), en: z.array(z.string()) }),
  })
  .meta({ id: 'StatementMonth' });
export type StatementMonth = z.infer<typeof StatementMonth>;

export const StatementResponse = z
  .object({
    kpj: z.string(),
    year: z.number().int(),
    /** Years with any ledger activity, newest first, for the year picker. */
    years: z.array(z.number().int()),
    asOf: CalendarDateString,
    opening: MoneyString,
    contributions: MoneyString,
    developmentReturn: MoneyString,
    closing: MoneyString,
    developmentReturnRate: z.object({
      rateBp: z.number().int(),
      source: z.string(),
      illustrative: z.boolean(),
    }),
    months: z.array(StatementMonth),
  })
  .meta({ id: 'StatementResponse' });
export type StatementResponse = z.infer<typeof StatementResponse>;

export const MergeCardsBody = z
  .object({
    fromKpj: z
      .string()
      .regex(/^\d{11}$/)
      .meta({ description: 'The card whose balance moves (no longer active)' }),
    intoKpj: z
      .string()
      .regex(/^\d{11}$/)
      .meta({ description: 'The card that receives it' }),
    idempotencyKey: z
      .uuid()
      .meta({ description: 'Chosen by the client once per merge; a retry sends the same key' }),
  })
  .meta({ id: 'MergeCardsBody' });
export type MergeCardsBody = z.infer<typeof MergeCardsBody>;

export const MergeCardsResponse = z
  .object({
    fromKpj: z.string(),
    intoKpj: z.string(),
    jhtMoved: MoneyString,
    jpMoved: MoneyString,
    /** True when this answers a retry of a merge already done. */
    replayed: z.boolean(),
  })
  .meta({ id: 'MergeCardsResponse' });
export type MergeCardsResponse = z.infer<typeof MergeCardsResponse>;
