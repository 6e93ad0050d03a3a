// How a reminder text message will be sent: GSM-7 (160 characters in one
// message) or, when any character needs it, Unicode UCS-2 (70). Counting is
// done by sms-segments-calculator, which knows the GSM-7 tables.
import { SegmentedMessage } from 'sms-segments-calculator';

export interface SmsInfo {
  encoding: 'GSM-7' | 'UCS-2';
  characters: number;
  limit: 160 | 70;
  segments: number;
}

// The same reminder text is shown on the clinics page in every language, so
// each text is counted once per build.
const counted = new Map<string, SmsInfo>();

export function smsInfo(text: string): SmsInfo {
  const known = counted.get(text);
  if (known) return known;
  const message = new SegmentedMessage(text, 'auto');
  const encoding = message.encodingName;
  const info: SmsInfo = { encoding, characters: message.numberOfCharacters, limit: encoding === 'GSM-7' ? 160 : 70, segments: message.segmentsCount };
  counted.set(text, info);
  return info;
}
