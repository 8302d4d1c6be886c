package io.pxportal.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignInPolicyRepository extends JpaRepository<SignInPolicy, Long> {

    default SignInPolicy current() {
        return findById(SignInPolicy.ID).orElseThrow();
    }
}
