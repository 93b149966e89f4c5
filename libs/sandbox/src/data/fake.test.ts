import { describe, expect, it } from 'vitest';
import { fake } from './fake.js';
import { createRng, rngFor } from './random.js';

describe('fake', () => {
  it('is reproducible from the record rng', () => {
    expect(fake.person(rngFor(3, 10))).toEqual(fake.person(rngFor(3, 10)));
    expect(fake.person(rngFor(3, 10))).not.toEqual(fake.person(rngFor(3, 11)));
  });

  it('builds a consistent person on reserved domains and fictional numbers', () => {
    const rng = createRng(5);
    for (let i = 0; i < 200; i++) {
      const person = fake.person(rng);
      expect(person.name).toBe(`${person.firstName} ${person.lastName}`);
      expect(person.email.endsWith(`@${person.domain}`)).toBe(true);
      expect(person.domain).toMatch(/^[a-z0-9]+\.example$/);
      expect(person.phone).toMatch(/^\+1-\d{3}-555-01\d{2}$/);
    }
  });

  it('produces the other helpers in the expected shapes', () => {
    const rng = createRng(6);
    expect(fake.companyName(rng)).toMatch(/^\w+ \w+ \w+$/);
    expect(fake.domain(rng, 'Cedar Robotics Inc')).toBe('cedarrobotics.example');
    expect(fake.email(rng, 'Ada', 'Berg', 'x.example')).toMatch(/^[a-z0-9.]+@x\.example$/);
    expect(fake.words(rng, 4)).toHaveLength(4);
    expect(fake.sentence(rng)).toMatch(/^[A-Z][a-z]+( [a-z]+){2}$/);
    expect(fake.address(rng)).toMatchObject({ line2: null, country: expect.stringMatching(/^[A-Z]{2}$/) });
    expect(fake.jobTitle(rng).length).toBeGreaterThan(0);
  });
});
